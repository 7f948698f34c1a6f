// What a rendered document must show, derived from its model and profile: every string a reader
// should find in the extracted text, with the profile's leads and line ends applied.
import type { Block, DocumentModel, Inline } from '../../src/document/model.js';
import type { LayoutProfile } from '../../src/layout/profiles.js';
import { TO_LABEL, addressees, headingParts, listLead, recipientLines } from '../../src/render/common.js';
import { collapse } from './pdf.js';

/** Text of inlines; a line break splits it into pieces (extraction may put anything between). */
function pieces(content: readonly Inline[]): string[] {
  const out: string[] = [''];
  for (const i of content) {
    if (i.kind === 'break') out.push('');
    else out[out.length - 1] += i.text;
  }
  return out.filter((s) => s.trim() !== '');
}

function blockTexts(block: Block, profile: LayoutProfile): string[] {
  switch (block.kind) {
    case 'heading': {
      const { label, ownLine, content } = headingParts(block, profile);
      const [first = '', ...rest] = pieces(content);
      if (label === undefined) return pieces(content);
      return ownLine ? [label, first, ...rest] : [`${label} ${first}`, ...rest];
    }
    case 'paragraph':
      return pieces(block.content);
    case 'list':
      return block.items.map((item, i) => listLead(block.ordered, i, profile) + pieces(item).join(' '));
    case 'table':
      return [...(block.header ?? []), ...block.rows.flat()].flatMap(pieces);
  }
}

/** Every string the document must show, NFC, whitespace collapsed. */
export function expectedTexts(model: DocumentModel, profile: LayoutProfile): string[] {
  const f = model.frame;
  const to = f.to && f.to.length > 0 ? addressees(f, profile) : undefined;
  const all = [
    ...f.heading,
    ...(f.parentIssuer ? [f.parentIssuer] : []),
    f.issuer,
    f.number,
    ...(f.dateLine ? [f.dateLine] : []),
    f.docType,
    ...f.summary,
    ...(to ? [to.inline !== undefined ? `${TO_LABEL} ${to.inline}` : TO_LABEL, ...to.lines] : []),
    ...model.body.flatMap((b) => blockTexts(b, profile)),
    ...(f.signature.authority ? [f.signature.authority] : []),
    f.signature.position,
    ...(f.signature.name ? [f.signature.name] : []),
    profile.recipients.label,
    ...recipientLines(f, profile),
  ];
  return all.map((s) => collapse(s.normalize('NFC')));
}

/** The expected strings not found byte-exact (as NFC UTF-8) in `text` once whitespace is collapsed. */
export function missingTexts(text: string, expected: readonly string[]): string[] {
  const hay = Buffer.from(collapse(text), 'utf8');
  return expected.filter((s) => hay.indexOf(Buffer.from(s, 'utf8')) < 0);
}
