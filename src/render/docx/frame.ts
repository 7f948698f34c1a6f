// The frame of page 1: the two-column header (ô 1–4), the document type and trích yếu (ô 5a) and
// the "Kính gửi" block (ô 9a). Strings come final from the model; only their layout is decided here.
import { Paragraph, TextRun, type Table } from 'docx';
import type { Frame } from '../../document/model.js';
import type { LayoutProfile } from '../../layout/profiles.js';
import { toHalfPoints, toTwip } from '../../layout/units.js';
import { TO_LABEL, addressees, nfc } from '../common.js';
import { addresseeIndent, headerPlan, titlePlan, type FrameItem } from '../frame-plan.js';
import { layoutTable, markParagraphs, styled } from './paragraphs.js';
import { styleId } from './styles.js';

/** A frame item as DOCX paragraphs: a styled paragraph of its lines, or the mark's paragraph. */
function paragraphsOf(item: FrameItem): Paragraph[] {
  return item.kind === 'text' ? [styled(item.element, item.lines, item.size)] : markParagraphs(item.element, item.mark, item.length, item.column);
}

/** The header table of ../frame-plan.ts (ô 1–4). */
export function headerTable(frame: Frame, profile: LayoutProfile): Table {
  const plan = headerPlan(frame, profile);
  return layoutTable(plan.widths, plan.rows.map((row) => row.map((cell) => cell.flatMap(paragraphsOf))));
}

/** ô 5a: BÁO CÁO, the trích yếu lines, and the mark under them. */
export function titleBlock(frame: Frame, profile: LayoutProfile): Paragraph[] {
  return titlePlan(frame, profile).flatMap(paragraphsOf);
}

/**
 * ô 9a. One addressee follows the label on its line; several stand each on its own line, indented
 * so their dashes start right after "Kính gửi: " (the form aligns them under the label's end).
 */
export function toBlock(frame: Frame, profile: LayoutProfile): Paragraph[] {
  if (!frame.to || frame.to.length === 0) return [];
  const { inline, lines } = addressees(frame, profile);
  const label = new TextRun(nfc(TO_LABEL));
  const toStyle = profile.elements.to;
  if (inline !== undefined) {
    // The addressee keeps its own look on the label's line (HD 36: italic label, upright addressee).
    const addressee = new TextRun({
      text: ' ' + inline,
      size: toHalfPoints(toStyle.size),
      bold: toStyle.bold ?? false,
      italics: toStyle.italic ?? false,
    });
    return [new Paragraph({ style: styleId('toLabel'), children: [label, addressee] })];
  }
  const indent = toTwip(addresseeIndent(profile));
  return [
    styled('toLabel', TO_LABEL),
    ...lines.map((line) => new Paragraph({ style: styleId('to'), indent: { left: indent, firstLine: 0 }, children: [new TextRun(line)] })),
  ];
}
