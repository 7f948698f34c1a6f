// What the two plain-text article formats (Markdown, web page) share: a news piece's blocks walked in
// order with the inline marks each format writes its own way. Only a tin bài goes to these formats;
// an official document's frame is the DOCX and PDF renderers' business.
import type { Block, DocumentModel, Inline } from '../document/model.js';
import { headingParts, nfc } from './common.js';
import type { LayoutProfile } from '../layout/profiles.js';

export interface InlineMarks {
  readonly escape: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly italic: (s: string) => string;
  readonly lineBreak: string;
}

export function inlineText(content: readonly Inline[], marks: InlineMarks): string {
  return content
    .map((n) => {
      if (n.kind === 'break') return marks.lineBreak;
      let s = marks.escape(nfc(n.text));
      if (n.italic) s = marks.italic(s);
      if (n.bold) s = marks.bold(s);
      return s;
    })
    .join('');
}

/** A heading's printed text: its label, then its title (upper case where the profile says). */
export function headingText(block: Extract<Block, { kind: 'heading' }>, profile: LayoutProfile, marks: InlineMarks): string {
  const parts = headingParts(block, profile);
  const title = inlineText(parts.content, marks);
  return parts.label ? `${marks.escape(parts.label)} ${title}` : title;
}

/** The article's headline: the frame's tên loại slot holds it. */
export function headline(model: DocumentModel): string {
  return nfc(model.frame.docType);
}
