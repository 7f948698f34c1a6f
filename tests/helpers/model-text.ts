// What a rendered document must show, derived from its model and profile: every string a reader
// should find in the extracted text, with the profile's leads and line ends applied.
import type { Block, DocumentModel, Inline, Signature } from '../../src/document/model.js';
import type { LayoutProfile } from '../../src/layout/profiles.js';
import { TO_LABEL, addressees, headingParts, listLead, recipientLines } from '../../src/render/common.js';
import { headerFit } from '../../src/render/frame-plan.js';
import { textWidth } from '../../src/layout/profiles.js';
import { toPt } from '../../src/layout/units.js';
import { A4_BODY, collapse, pdfText, type Crop } from './pdf.js';

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
    case 'chart':
      return [block.title, ...block.categories];
  }
}

/** Where on the page a string is looked for: the two header/signature columns or the full width. */
export type Region = 'headerLeft' | 'headerRight' | 'signatureLeft' | 'signatureRight' | 'flow';

/**
 * Every string the document must show, NFC, whitespace collapsed, by region: a name that wraps in
 * a narrow column interleaves with the other column in reading order, so each column is read alone.
 */
/** The lines of one signature block. */
const signatureTexts = (s: Signature): string[] => [...(s.authority ? [s.authority] : []), s.position, ...(s.name ? [s.name] : [])];

export function expectedTextsByRegion(model: DocumentModel, profile: LayoutProfile): Record<Region, string[]> {
  const f = model.frame;
  const to = f.to && f.to.length > 0 ? addressees(f, profile) : undefined;
  // One signer stands right of Nơi nhận; two (a joint document) stand in the two halves, the lead where the profile says.
  const [lead, ...others] = f.signatures;
  const joint = others.length === 0 ? { left: [], right: f.signatures } : profile.joint.leadSignature === 'right' ? { left: others, right: [lead!] } : { left: [lead!], right: others };
  // A news piece has no header or signature table: only its headline and body, in the flow.
  const article = f.layout === 'article';
  const groups: Record<Region, string[]> = {
    headerLeft: [...[...new Set(f.issuers.flatMap((i) => (i.parent ? [i.parent] : [])))], ...f.issuers.map((i) => i.name), f.number],
    headerRight: [...f.heading, ...(f.dateLine ? [f.dateLine] : [])],
    flow: [
      f.docType,
      ...f.summary,
      ...(to ? [to.inline !== undefined ? `${TO_LABEL} ${to.inline}` : TO_LABEL, ...to.lines] : []),
      ...model.body.flatMap((b) => blockTexts(b, profile)),
    ],
    signatureLeft: article ? [] : [profile.recipients.label, ...recipientLines(f, profile), ...joint.left.flatMap(signatureTexts)],
    signatureRight: joint.right.flatMap(signatureTexts),
  };
  for (const k of Object.keys(groups) as Region[]) groups[k] = groups[k].map((s) => collapse(s.normalize('NFC')));
  return groups;
}

/** All expected strings, regardless of region. */
export function expectedTexts(model: DocumentModel, profile: LayoutProfile): string[] {
  return Object.values(expectedTextsByRegion(model, profile)).flat();
}

/**
 * The crop (pt, from the top-left) of each region on every page, from the profile's columns (the
 * header's as the frame plan set them: a long date line widens the right one).
 */
export function regionCrops(profile: LayoutProfile, header: readonly [number, number] = profile.headerColumns): Record<Region, Crop> {
  const { page } = profile;
  const x0 = toPt(page.margin.left);
  const full = toPt(textWidth(profile));
  const split = (weights: readonly [number, number]): number => (full * weights[0]) / (weights[0] + weights[1]);
  const band = { y: A4_BODY.y, height: toPt(page.height) - A4_BODY.y };
  const left = (w: number): Crop => ({ x: 0, width: x0 + w, ...band });
  const right = (w: number): Crop => ({ x: x0 + w, width: toPt(page.width) - x0 - w, ...band });
  return {
    headerLeft: left(split(header)),
    headerRight: right(split(header)),
    signatureLeft: left(split(profile.signatureColumns)),
    signatureRight: right(split(profile.signatureColumns)),
    flow: { x: 0, width: toPt(page.width), ...band },
  };
}

/**
 * Strings of the model missing from a rendered PDF (any producer), each region extracted from its
 * own crop (with -raw, so a line-final " -" survives; see pdfText). Returns `region: text` per miss.
 */
export async function missingFromPdf(pdf: Uint8Array | string, model: DocumentModel, profile: LayoutProfile): Promise<string[]> {
  const crops = regionCrops(profile, headerFit(model.frame, profile).widths.map(toPt) as [number, number]);
  const groups = expectedTextsByRegion(model, profile);
  const misses: string[] = [];
  for (const region of Object.keys(groups) as Region[]) {
    const text = await pdfText(pdf, { crop: crops[region], raw: true });
    misses.push(...missingTexts(text, groups[region]).map((s) => `${region}: ${s}`));
  }
  return misses;
}

/** The expected strings not found byte-exact (as NFC UTF-8) in `text` once whitespace is collapsed. */
export function missingTexts(text: string, expected: readonly string[]): string[] {
  const hay = Buffer.from(collapse(text), 'utf8');
  return expected.filter((s) => hay.indexOf(Buffer.from(s, 'utf8')) < 0);
}
