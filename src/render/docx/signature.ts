// The closing table (ô 9b | ô 7): "Nơi nhận:" and its lines on the left, level with the authority
// line; the signer's capacity, position, the space to sign, and the name on the right.
import { Paragraph, TextRun, type Table } from 'docx';
import type { Frame } from '../../document/model.js';
import type { LayoutProfile } from '../../layout/profiles.js';
import { pt, toTwip } from '../../layout/units.js';
import { nfc } from '../common.js';
import { signaturePlan, type FrameItem } from '../frame-plan.js';
import { layoutTable } from './paragraphs.js';
import { styleId } from './styles.js';

export function signatureTable(frame: Frame, profile: LayoutProfile): Table {
  const plan = signaturePlan(frame, profile);
  // The table follows the body at the body's paragraph spacing; a table has no spacing of its own,
  // so the first paragraph of each cell carries it.
  const gap = toTwip(profile.elements.body.spaceBefore ?? pt(0));
  const para = (item: FrameItem, first: boolean): Paragraph => {
    const own = profile.elements[item.element].spaceBefore;
    const lines = item.kind === 'text' ? item.lines.filter((l) => l !== '') : [];
    return new Paragraph({
      style: styleId(item.element),
      ...(first ? { spacing: { before: Math.max(gap, own === undefined ? 0 : toTwip(own)) } } : {}),
      children: lines.map((l, i) => new TextRun({ text: nfc(l), ...(i > 0 ? { break: 1 } : {}) })),
    });
  };
  // The name style's space before is the room for the signature and seal (ô 7c, ô 8).
  const cell = (items: readonly FrameItem[]) => items.map((item, i) => para(item, i === 0));
  return layoutTable(plan.widths, plan.rows.map((row) => row.map(cell)), true);
}
