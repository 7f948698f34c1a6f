// The frame of page 1 in pdfmake: the same two-row header table, title block and "Kính gửi" as
// the DOCX (see ../docx/frame.ts), from the same profile values and the same shared decisions.
import type { Content } from 'pdfmake/interfaces.js';
import type { Frame } from '../../document/model.js';
import type { LayoutProfile } from '../../layout/profiles.js';
import { toPt } from '../../layout/units.js';
import { TO_LABEL, addressees, nfc } from '../common.js';
import { addresseeIndent, headerPlan, titlePlan, type FrameItem } from '../frame-plan.js';
import { layoutTable, markNodes, styled } from './styles.js';

/** A frame item as pdfmake nodes: a styled text of its lines, or the mark's node. */
function nodesOf(item: FrameItem): Content[] {
  return item.kind === 'text' ? [styled(item.element, item.lines, item.size !== undefined ? { fontSize: toPt(item.size) } : {})] : markNodes(item.element, item.mark, item.length, item.column);
}

/** The header table of ../frame-plan.ts (ô 1–4). */
export function headerTable(frame: Frame, profile: LayoutProfile): Content {
  const plan = headerPlan(frame, profile);
  return layoutTable(plan.widths, plan.rows.map((row) => row.map((cell) => cell.flatMap(nodesOf))));
}

/** ô 5a: BÁO CÁO, the trích yếu lines, and the mark under them. */
export function titleBlock(frame: Frame, profile: LayoutProfile): Content[] {
  return titlePlan(frame, profile).flatMap(nodesOf);
}

export function toBlock(frame: Frame, profile: LayoutProfile): Content[] {
  if (!frame.to || frame.to.length === 0) return [];
  const { inline, lines } = addressees(frame, profile);
  const toStyle = profile.elements.to;
  if (inline !== undefined) {
    const addressee = { text: ' ' + inline, fontSize: toPt(toStyle.size), bold: toStyle.bold ?? false, italics: toStyle.italic ?? false };
    return [styled('toLabel', [{ text: nfc(TO_LABEL) }, addressee])];
  }
  const indent = addresseeIndent(profile);
  return [styled('toLabel', TO_LABEL), ...lines.map((line) => styled('to', line, { margin: [toPt(indent), 0, 0, 0] }))];
}
