// The closing table (ô 9b | ô 7) in pdfmake; see ../docx/signature.ts for the layout's reasons.
import type { Content } from 'pdfmake/interfaces.js';
import type { Frame } from '../../document/model.js';
import { textWidth, type ElementId, type LayoutProfile } from '../../layout/profiles.js';
import { pt, toPt } from '../../layout/units.js';
import { recipientLines, twoColumns } from '../common.js';
import { layoutTable, styled } from './styles.js';

export function signatureTable(frame: Frame, profile: LayoutProfile): Content {
  const columns = twoColumns(profile.signatureColumns, textWidth(profile));
  const gap = toPt(profile.elements.body.spaceBefore ?? pt(0));
  const para = (element: ElementId, text: string, first: boolean): Content => {
    const s = profile.elements[element];
    const before = first ? Math.max(gap, toPt(s.spaceBefore ?? pt(0))) : toPt(s.spaceBefore ?? pt(0));
    // An empty name still keeps its line, so the signature space stays the same.
    return styled(element, text === '' ? ' ' : text, { margin: [0, before, 0, toPt(s.spaceAfter ?? pt(0))] });
  };
  const left = [
    para('recipientsLabel', profile.recipients.label, true),
    ...recipientLines(frame, profile).map((line) => para('recipient', line, false)),
  ];
  const s = frame.signature;
  const right: Content[] = [];
  if (s.authority) right.push(para('signAuthority', s.authority, true));
  right.push(para('signPosition', s.position, right.length === 0));
  right.push(para('signName', s.name, false));
  // Unbreakable: the signer and the Nơi nhận list never part across a page break.
  return layoutTable(columns, [[left, right]], { unbreakable: true });
}
