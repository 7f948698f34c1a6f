// The closing table (ô 9b | ô 7) in pdfmake; see ../docx/signature.ts for the layout's reasons.
import type { Content } from 'pdfmake/interfaces.js';
import type { Frame } from '../../document/model.js';
import { textWidth, type ElementId, type LayoutProfile } from '../../layout/profiles.js';
import { pt, toPt } from '../../layout/units.js';
import { balancedLines, recipientLines, twoColumns } from '../common.js';
import { layoutTable, styled } from './styles.js';

export function signatureTable(frame: Frame, profile: LayoutProfile): Content {
  const columns = twoColumns(profile.signatureColumns, textWidth(profile));
  const gap = toPt(profile.elements.body.spaceBefore ?? pt(0));
  const para = (element: ElementId, text: string | readonly string[], first: boolean): Content => {
    const s = profile.elements[element];
    const before = first ? Math.max(gap, toPt(s.spaceBefore ?? pt(0))) : toPt(s.spaceBefore ?? pt(0));
    // An empty name still keeps its line, so the signature space stays the same.
    const lines = typeof text === 'string' ? [text] : text;
    return styled(element, lines.length === 0 || lines.join('') === '' ? ' ' : lines, { margin: [0, before, 0, toPt(s.spaceAfter ?? pt(0))] });
  };
  const left = [
    para('recipientsLabel', profile.recipients.label, true),
    ...recipientLines(frame, profile).map((line) => para('recipient', line, false)),
  ];
  // The signer's lines are centred in their column; a long one breaks evenly.
  const signer = (element: ElementId, text: string): readonly string[] =>
    text === '' ? [] : balancedLines(text, profile.elements[element], columns[1]);
  const s = frame.signature;
  const right: Content[] = [];
  if (s.authority) right.push(para('signAuthority', signer('signAuthority', s.authority), true));
  right.push(para('signPosition', signer('signPosition', s.position), right.length === 0));
  right.push(para('signName', signer('signName', s.name), false));
  // Unbreakable: the signer and the Nơi nhận list never part across a page break.
  return layoutTable(columns, [[left, right]], { unbreakable: true });
}
