// The frame in HTML: the header table, title block, "Kính gửi" and closing table of
// ../frame-plan.ts, item by item as the PDF and DOCX lay them (see ../pdf/frame.ts). Nothing is
// decided here: the plan gives the lines, column widths and rule lengths.
import type { Frame } from '../../document/model.js';
import type { LayoutProfile } from '../../layout/profiles.js';
import { pt, toPt, type Length } from '../../layout/units.js';
import { TO_LABEL, addressees } from '../common.js';
import { addresseeIndent, headerPlan, signaturePlan, titlePlan, type FrameItem, type FramePlan, type SignaturePlan } from '../frame-plan.js';
import { escapeHtml, styled } from './markup.js';
import { cssPt } from './styles.js';

/** A rule `length` long, centred in its column, its stroke centred `gap` under the text above (as the PDF's canvas line). */
function ruleHtml(mark: Extract<FrameItem, { kind: 'mark' }>): string {
  if (mark.mark.kind !== 'rule' || mark.length === undefined) return '';
  const { gap, thickness } = mark.mark;
  const top = pt(toPt(gap) - toPt(thickness) / 2);
  return (
    `<div class="mark-rule" style="height:${cssPt(pt(toPt(gap) + toPt(thickness) / 2))}">` +
    `<div style="width:${cssPt(mark.length)};margin-top:${cssPt(top)};border-top-width:${cssPt(thickness)}"></div></div>`
  );
}

/** A frame item as HTML: a styled paragraph of its lines, or the mark under the text above. */
export function itemHtml(item: FrameItem): string {
  if (item.kind === 'text') return styled(item.element, { lines: item.lines });
  if (item.mark.kind === 'text') return styled(item.element, { lines: [item.mark.text] });
  return ruleHtml(item);
}

function grid(className: string, widths: readonly Length[], rows: readonly (readonly string[])[]): string {
  const cols = widths.map(cssPt).join(' ');
  const cells = rows.flatMap((row) => row.map((cell) => `<div class="frame-cell">${cell}</div>`)).join('');
  return `<div class="frame-table ${className}" style="grid-template-columns:${cols}">${cells}</div>`;
}

/** ô 1–4. */
export function headerHtml(frame: Frame, profile: LayoutProfile): string {
  const plan: FramePlan = headerPlan(frame, profile);
  return grid('header', plan.widths, plan.rows.map((row) => row.map((cell) => cell.map(itemHtml).join(''))));
}

/** ô 5a. */
export function titleHtml(frame: Frame, profile: LayoutProfile): string {
  return `<div class="title">${titlePlan(frame, profile).map(itemHtml).join('')}</div>`;
}

/** ô 9a: one addressee on the label's line, several each on its own line under the label's end. */
export function toHtml(frame: Frame, profile: LayoutProfile): string {
  if (!frame.to || frame.to.length === 0) return '';
  const { inline, lines } = addressees(frame, profile);
  if (inline !== undefined) {
    const s = profile.elements.to;
    const style = `font-size:${cssPt(s.size)};font-weight:${s.bold ? 'bold' : 'normal'};font-style:${s.italic ? 'italic' : 'normal'}`;
    return styled('toLabel', { html: `${escapeHtml(TO_LABEL)} <span style="${style}">${escapeHtml(inline)}</span>` });
  }
  const indent = ` style="margin-left:${cssPt(addresseeIndent(profile))}"`;
  return styled('toLabel', { lines: [TO_LABEL] }) + lines.map((line) => styled('to', { lines: [line] }, indent)).join('');
}

/**
 * ô 9b | ô 7. The first item of a cell stands at least a body paragraph's gap below the text above;
 * an empty name keeps its line so the signature space stays the same (as in the PDF).
 */
export function signatureHtml(frame: Frame, profile: LayoutProfile): string {
  const plan: SignaturePlan = signaturePlan(frame, profile);
  const gap = toPt(profile.elements.body.spaceBefore ?? pt(0));
  const para = (item: FrameItem, first: boolean): string => {
    const own = toPt(profile.elements[item.element].spaceBefore ?? pt(0));
    const attrs = first && gap > own ? ` style="padding-top:${cssPt(pt(gap))}"` : '';
    const lines = item.kind === 'text' ? item.lines : [];
    if (lines.join('') === '') return `<p class="e-${item.element}"${attrs}>&nbsp;</p>`;
    return styled(item.element, { lines }, attrs);
  };
  const rows = plan.rows.map((row) => row.map((cell) => cell.map((item, i) => para(item, i === 0)).join('')));
  return grid('signature', plan.widths, rows);
}
