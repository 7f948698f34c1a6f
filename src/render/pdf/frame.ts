// The frame of page 1 in pdfmake: the same two-row header table, title block and "Kính gửi" as
// the DOCX (see ../docx/frame.ts), from the same profile values and the same shared decisions.
import type { Content } from 'pdfmake/interfaces.js';
import type { Frame } from '../../document/model.js';
import { measureText } from '../../layout/measure.js';
import { textWidth, type LayoutProfile } from '../../layout/profiles.js';
import { addLength, pt, toPt } from '../../layout/units.js';
import { TO_LABEL, addressees, balancedLines, nfc, ruleLength, twoColumns } from '../common.js';
import { layoutTable, markNodes, styled } from './styles.js';

export function headerTable(frame: Frame, profile: LayoutProfile): Content {
  const [left, right] = twoColumns(profile.headerColumns, textWidth(profile));
  const { elements: el, marks } = profile;

  const issuerBlock: Content[] = [];
  if (frame.parentIssuer) issuerBlock.push(styled('parentIssuer', balancedLines(frame.parentIssuer, el.parentIssuer, left)));
  const issuer = balancedLines(frame.issuer, el.issuer, left);
  issuerBlock.push(styled('issuer', issuer));
  issuerBlock.push(...markNodes('issuerMark', marks.issuer, ruleLength(marks.issuer, issuer, el.issuer, left), left));

  const headingBlock: Content[] = frame.heading.map((line, i) => styled(i === 0 ? 'headingTop' : 'headingSub', line));
  const lastElement = frame.heading.length > 1 ? 'headingSub' : 'headingTop';
  const lastLine = frame.heading[frame.heading.length - 1] ?? '';
  headingBlock.push(...markNodes(lastElement, marks.heading, ruleLength(marks.heading, [lastLine], el[lastElement], right), right));

  return layoutTable(
    [left, right],
    [
      [issuerBlock, headingBlock],
      [[styled('number', frame.number)], frame.dateLine ? [styled('dateLine', frame.dateLine)] : []],
    ],
  );
}

export function titleBlock(frame: Frame, profile: LayoutProfile): Content[] {
  const width = textWidth(profile);
  const mark = profile.marks.summary;
  const summary = frame.summary.map((line) => balancedLines(line, profile.elements.summary, width));
  return [
    styled('docType', frame.docType),
    ...summary.map((lines) => styled('summary', lines)),
    ...markNodes('summaryMark', mark, ruleLength(mark, summary.flat(), profile.elements.summary, width), width),
  ];
}

export function toBlock(frame: Frame, profile: LayoutProfile): Content[] {
  if (!frame.to || frame.to.length === 0) return [];
  const { inline, lines } = addressees(frame, profile);
  const toStyle = profile.elements.to;
  if (inline !== undefined) {
    const addressee = { text: ' ' + inline, fontSize: toPt(toStyle.size), bold: toStyle.bold ?? false, italics: toStyle.italic ?? false };
    return [styled('toLabel', [{ text: nfc(TO_LABEL) }, addressee])];
  }
  const labelStyle = profile.elements.toLabel;
  const indent = addLength(measureText(TO_LABEL + ' ', labelStyle), labelStyle.firstLineIndent ?? pt(0));
  return [styled('toLabel', TO_LABEL), ...lines.map((line) => styled('to', line, { margin: [toPt(indent), 0, 0, 0] }))];
}
