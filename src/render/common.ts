// What the DOCX and PDF renderers decide the same way: the words printed for headings, addressees
// and recipients, rule lengths, column widths, and how an unrenderable block is reported. Keeping
// it here is what makes the two outputs agree.
import { diagnostic, t } from '../diagnostics/diagnostic.js';
import type { Block, Frame, Inline } from '../document/model.js';
import { breakLines } from '../layout/line-breaks.js';
import { measureText } from '../layout/measure.js';
import type { ElementId, LayoutProfile, Mark, TextStyle } from '../layout/profiles.js';
import { pt, scaleLength, toPt, type Length } from '../layout/units.js';
import { toNFC as nfc, upperVi } from '../typography/index.js';
import type { RenderOptions } from './types.js';

// Every string goes through `nfc` on its way out: text extracted from the outputs must be NFC. Both
// come from the typography module, so the renderers case and normalise text exactly as the rest does.
export { nfc, upperVi };

/** A heading as printed: its label (own line or before the title) and its content, cased per the profile. */
export interface HeadingParts {
  readonly label?: string;
  readonly ownLine: boolean;
  readonly content: readonly Inline[];
}

export function headingParts(block: Extract<Block, { kind: 'heading' }>, profile: LayoutProfile): HeadingParts {
  const scheme = profile.headingLabels[(block.level - 1) as 0 | 1 | 2 | 3];
  const content = scheme.upperTitle
    ? block.content.map((i): Inline => (i.kind === 'text' ? { ...i, text: upperVi(i.text) } : i))
    : block.content;
  return block.label === undefined ? { ownLine: false, content } : { label: block.label, ownLine: scheme.ownLine, content };
}

/** The lines of ô 9b as printed: lead, text, then the line end (the last line its own end). */
export function recipientLines(frame: Frame, profile: LayoutProfile): string[] {
  const { lead, lineEnd, lastEnd } = profile.recipients;
  const n = frame.recipients.length;
  return frame.recipients.map((r, i) => nfc(`${lead}${r}${i === n - 1 ? lastEnd : lineEnd}`));
}

/**
 * ô 9a. One addressee stands on the label's line, as written in the model; several stand each on
 * its own line with the same lead and line ends as the recipients list (ND30: "- …;", last ".").
 */
export function addressees(frame: Frame, profile: LayoutProfile): { readonly inline?: string; readonly lines: readonly string[] } {
  const to = frame.to ?? [];
  if (to.length === 1) return { inline: nfc(to[0]!), lines: [] };
  const { lead, lineEnd, lastEnd } = profile.recipients;
  return { lines: to.map((a, i) => nfc(`${lead}${a}${i === to.length - 1 ? lastEnd : lineEnd}`)) };
}

/** "Kính gửi:" — the label is fixed wording of the form, not record data. */
export const TO_LABEL = 'Kính gửi:';

/** Widest of `lines` set in `style`. */
export function widestLine(lines: readonly string[], style: TextStyle): Length {
  return pt(Math.max(0, ...lines.map((l) => toPt(measureText(l, style)))));
}

/**
 * Length of a rule mark under `lines`: as long as the text, or the profile's fraction of it; never
 * wider than the column it is centred in. Undefined when the mark is not a rule.
 */
export function ruleLength(mark: Mark, lines: readonly string[], style: TextStyle, column: Length): Length | undefined {
  if (mark.kind !== 'rule') return undefined;
  const text = pt(Math.min(toPt(widestLine(lines, style)), toPt(column)));
  return mark.length === 'text' ? text : scaleLength(text, mark.length);
}

/** Absolute widths from relative weights, summing to `total`. */
export function columnWidths(weights: readonly number[], total: Length): Length[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => scaleLength(total, w / sum));
}

/** Weights of a table's columns: the model's, or equal. */
export function tableWeights(block: Extract<Block, { kind: 'table' }>): number[] {
  const n = Math.max(block.header?.length ?? 0, ...block.rows.map((r) => r.length), 1);
  return block.widths && block.widths.length === n ? [...block.widths] : Array.from({ length: n }, () => 1);
}

/** Lead of list item `index` (0-based): the official "- " for unordered lists, "1. " for ordered ones. */
export function listLead(ordered: boolean, index: number, profile: LayoutProfile): string {
  return ordered ? `${index + 1}. ` : profile.recipients.lead;
}

/**
 * A block this renderer cannot lay out: reported as a diagnostic when a sink was given, thrown
 * otherwise — never dropped in silence.
 */
export function unrenderable(block: { readonly kind: string }, format: string, options: RenderOptions | undefined): void {
  const d = diagnostic({
    file: options?.file ?? '<model>',
    ruleId: 'render/unknown-block',
    stage: 'render',
    message: t(
      `Trình xuất ${format} không trình bày được khối loại "${block.kind}"; khối này bị bỏ qua.`,
      `The ${format} renderer cannot lay out a block of kind "${block.kind}"; it was left out.`,
    ),
  });
  if (options?.report) options.report(d);
  else throw new Error(d.message.en);
}

/** Plain text of inlines (for measuring and metadata). */
export function plainText(content: readonly Inline[]): string {
  return content.map((i) => (i.kind === 'text' ? i.text : '\n')).join('');
}

/**
 * Elements set at the profile's exact line spacing (body text and what reads like it). The frame,
 * signature and recipients are set single-spaced, as the forms show them.
 */
export const EXACT_LINE_ELEMENTS: ReadonlySet<ElementId> = new Set<ElementId>([
  'body',
  'listItem',
  'heading1',
  'heading2',
  'heading3',
  'heading4',
  'toLabel',
  'to',
]);

/** The two columns of the header or signature table, from the profile's weights. */
export function twoColumns(weights: readonly [number, number], total: Length): [Length, Length] {
  const [a, b] = columnWidths(weights, total);
  return [a!, b!];
}

/**
 * A centred frame line (issuer, trích yếu, signer) that does not fit its column, broken into the
 * fewest lines, at word boundaries of the lexicon, before a level or after a comma where it can,
 * and as even as possible — "ỦY BAN NHÂN DÂN / TỈNH LAI CHÂU", "ĐẢNG UỶ / QUÂN SỰ TỈNH" as clerks
 * set them, not "ĐẢNG UỶ QUÂN / SỰ TỈNH" (see ../layout/line-breaks.ts). The wording is untouched;
 * only where the lines break is decided here, the same for both renderers.
 */
export function balancedLines(text: string, style: TextStyle, column: Length): string[] {
  const tokens = nfc(text).split(/ +/).filter((w) => w !== '');
  const widths = tokens.map((w) => toPt(measureText(w, style)));
  const space = toPt(measureText(' ', style));
  const total = widths.reduce((a, b) => a + b, 0) + space * (tokens.length - 1);
  if (tokens.length < 2 || total <= toPt(column)) return [nfc(text)];
  return breakLines({ tokens, widths, space, limit: toPt(column) }).map(([i, j]) => tokens.slice(i, j).join(' '));
}
