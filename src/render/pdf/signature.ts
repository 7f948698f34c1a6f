// The closing table (ô 9b | ô 7) in pdfmake; see ../docx/signature.ts for the layout's reasons.
import type { Content } from 'pdfmake/interfaces.js';
import type { Frame } from '../../document/model.js';
import type { LayoutProfile } from '../../layout/profiles.js';
import { pt, toPt } from '../../layout/units.js';
import { signaturePlan, type FrameItem } from '../frame-plan.js';
import { layoutTable, styled } from './styles.js';

export function signatureTable(frame: Frame, profile: LayoutProfile): Content {
  const plan = signaturePlan(frame, profile);
  const gap = toPt(profile.elements.body.spaceBefore ?? pt(0));
  const para = (item: FrameItem, first: boolean): Content => {
    const s = profile.elements[item.element];
    const before = first ? Math.max(gap, toPt(s.spaceBefore ?? pt(0))) : toPt(s.spaceBefore ?? pt(0));
    // An empty name still keeps its line, so the signature space stays the same.
    const lines = item.kind === 'text' ? item.lines : [];
    return styled(item.element, lines.length === 0 || lines.join('') === '' ? ' ' : lines, { margin: [0, before, 0, toPt(s.spaceAfter ?? pt(0))] });
  };
  const cell = (items: readonly FrameItem[]) => items.map((item, i) => para(item, i === 0));
  // Unbreakable: the signer and the Nơi nhận list never part across a page break.
  return layoutTable(plan.widths, plan.rows.map((row) => row.map(cell)), { unbreakable: true });
}
