// The closing table (ô 9b | ô 7): "Nơi nhận:" and its lines on the left, level with the authority
// line; the signer's capacity, position, the space to sign, and the name on the right.
import { Paragraph, TextRun, type Table } from 'docx';
import type { Frame } from '../../document/model.js';
import type { ElementId } from '../../layout/profiles.js';
import { textWidth, type LayoutProfile } from '../../layout/profiles.js';
import { pt, toTwip } from '../../layout/units.js';
import { balancedLines, nfc, recipientLines, twoColumns } from '../common.js';
import { layoutTable } from './paragraphs.js';
import { styleId } from './styles.js';

export function signatureTable(frame: Frame, profile: LayoutProfile): Table {
  const columns = twoColumns(profile.signatureColumns, textWidth(profile));
  // The table follows the body at the body's paragraph spacing; a table has no spacing of its own,
  // so the first paragraph of each cell carries it.
  const gap = toTwip(profile.elements.body.spaceBefore ?? pt(0));
  const para = (element: ElementId, text: string | readonly string[], first: boolean): Paragraph => {
    const own = profile.elements[element].spaceBefore;
    const lines = typeof text === 'string' ? (text === '' ? [] : [text]) : text;
    return new Paragraph({
      style: styleId(element),
      ...(first ? { spacing: { before: Math.max(gap, own === undefined ? 0 : toTwip(own)) } } : {}),
      children: lines.map((l, i) => new TextRun({ text: nfc(l), ...(i > 0 ? { break: 1 } : {}) })),
    });
  };
  // The signer's lines are centred in their column; a long one breaks evenly.
  const signer = (element: ElementId, text: string): readonly string[] =>
    text === '' ? [] : balancedLines(text, profile.elements[element], columns[1]);

  const left = [
    para('recipientsLabel', profile.recipients.label, true),
    ...recipientLines(frame, profile).map((line) => para('recipient', line, false)),
  ];
  const s = frame.signature;
  const right: Paragraph[] = [];
  if (s.authority) right.push(para('signAuthority', signer('signAuthority', s.authority), true));
  right.push(para('signPosition', signer('signPosition', s.position), right.length === 0));
  // The name style's space before is the room for the signature and seal (ô 7c, ô 8).
  right.push(para('signName', signer('signName', s.name), false));
  return layoutTable(columns, [[left, right]], true);
}
