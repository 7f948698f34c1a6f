// The profile's element styles as pdfmake style properties, and the few node builders the frame,
// body and signature modules share (styled text, rules as canvas lines, borderless layout tables).
import type { Content, CustomTableLayout, Style } from 'pdfmake/interfaces.js';
import type { Inline } from '../../document/model.js';
import { faceMetrics } from '../../layout/measure.js';
import type { ElementId, LayoutProfile, Mark } from '../../layout/profiles.js';
import { pt, toPt, type Length } from '../../layout/units.js';
import { EXACT_LINE_ELEMENTS, nfc } from '../common.js';
import { breakLongWords } from '../long-words.js';

/**
 * pdfmake sets a line `lineHeight × (ascent − descent) × size` high (pdfkit's lineHeight without the
 * gap), so the profile's exact line spacing becomes that multiple of the font's natural height.
 */
export function lineHeightMultiple(spacing: Length, size: Length): number {
  const m = faceMetrics();
  return toPt(spacing) / ((m.ascent - m.descent) * toPt(size));
}

export function elementStyle(element: ElementId, profile: LayoutProfile): Style {
  const s = profile.elements[element];
  return {
    fontSize: toPt(s.size),
    bold: s.bold ?? false,
    italics: s.italic ?? false,
    ...(s.underline ? { decoration: 'underline' as const } : {}),
    alignment: s.align,
    lineHeight: EXACT_LINE_ELEMENTS.has(element) ? lineHeightMultiple(profile.lineSpacing, s.size) : 1,
    ...(s.firstLineIndent ? { leadingIndent: toPt(s.firstLineIndent) } : {}),
    margin: [0, toPt(s.spaceBefore ?? pt(0)), 0, toPt(s.spaceAfter ?? pt(0))],
  };
}

/** One named pdfmake style per element, so nodes refer to the profile by name. */
export function documentStyles(profile: LayoutProfile): Record<string, Style> {
  const out: Record<string, Style> = {};
  for (const id of Object.keys(profile.elements) as ElementId[]) out[id] = elementStyle(id, profile);
  return out;
}

/** A spaced hyphen glued by no-break spaces ("2024 - 2029", "kinh tế - xã hội"), with its neighbours. */
const GLUED_HYPHEN = /[^ \n]*\u00A0-\u00A0[^ \n]*/gu;

/**
 * `text` cut so that each glued hyphen run is a piece of its own that pdfmake may not wrap. pdfmake
 * breaks lines as Unicode UAX 14 does, which allows a break between "-" and a following no-break
 * space: "2024 -⏎2029". Word and LibreOffice keep the run whole; this makes the PDF agree.
 */
export function unbreakablePieces(text: string): Array<{ text: string; noWrap?: true }> {
  const out: Array<{ text: string; noWrap?: true }> = [];
  let at = 0;
  for (const m of text.matchAll(GLUED_HYPHEN)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push({ text: m[0], noWrap: true });
    at = m.index + m[0].length;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}

/** pdfmake text pieces of inline content; a break is a newline inside the same paragraph. */
export function inlines(content: readonly Inline[], extra: { bold?: boolean } = {}): Content[] {
  return content.flatMap((i): Content[] =>
    i.kind === 'break'
      ? [{ text: '\n' }]
      : unbreakablePieces(breakLongWords(nfc(i.text))).map((piece) => ({
          ...piece,
          ...(i.bold || extra.bold ? { bold: true } : {}),
          ...(i.italic ? { italics: true } : {}),
        })),
  );
}

/** A paragraph in the style of `element`: a string, lines (joined by line breaks), or inline pieces. */
export function styled(element: ElementId, text: string | readonly string[] | Content[], extra: Record<string, unknown> = {}): Content {
  const content =
    typeof text === 'string' ? breakLongWords(nfc(text)) : text.every((t) => typeof t === 'string') ? breakLongWords(nfc((text as readonly string[]).join('\n'))) : text;
  return { text: content, style: element, ...extra } as Content;
}

/**
 * A rule `length` long, centred in a column `column` wide, its top edge `gap` under the text line
 * above (a stroke is centred on its path, so the path lies half the thickness lower) — as the DOCX
 * paragraph border, which hangs below a paragraph `gap` high.
 */
export function rule(mark: Extract<Mark, { kind: 'rule' }>, length: Length, column: Length): Content {
  const x1 = (toPt(column) - toPt(length)) / 2;
  const y = toPt(mark.gap) + toPt(mark.thickness) / 2;
  return { canvas: [{ type: 'line', x1, y1: y, x2: x1 + toPt(length), y2: y, lineWidth: toPt(mark.thickness) }] };
}

/** What stands under a header element: a rule, a text mark ("*", "-----"), or nothing. */
export function markNodes(element: ElementId, mark: Mark, length: Length | undefined, column: Length): Content[] {
  if (mark.kind === 'rule' && length !== undefined) return [rule(mark, length, column)];
  if (mark.kind === 'text') return [styled(element, mark.text)];
  return [];
}

/** Borderless, no padding: the header and signature tables, whose columns are exact widths. */
export const FRAME_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

export function layoutTable(widths: readonly Length[], rows: Content[][][], extra: Record<string, unknown> = {}): Content {
  return {
    layout: FRAME_LAYOUT,
    table: { widths: widths.map(toPt), body: rows.map((cells) => cells.map((stack) => ({ stack }))) },
    ...extra,
  } as Content;
}
