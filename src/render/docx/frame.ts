// The frame of page 1: the two-column header (ô 1–4), the document type and trích yếu (ô 5a) and
// the "Kính gửi" block (ô 9a). Strings come final from the model; only their layout is decided here.
import { Paragraph, TextRun, type Table } from 'docx';
import type { Frame } from '../../document/model.js';
import { measureText } from '../../layout/measure.js';
import { textWidth, type LayoutProfile } from '../../layout/profiles.js';
import { addLength, pt, toHalfPoints, toTwip } from '../../layout/units.js';
import { TO_LABEL, addressees, balancedLines, nfc, ruleLength, twoColumns } from '../common.js';
import { layoutTable, markParagraphs, styled } from './paragraphs.js';
import { styleId } from './styles.js';

/**
 * Header table: row 1 holds the issuer block (left) and the national/Party heading (right); row 2
 * the number (left) and the place-and-date line (right), so those two always share a line.
 */
export function headerTable(frame: Frame, profile: LayoutProfile): Table {
  const [left, right] = twoColumns(profile.headerColumns, textWidth(profile));
  const { elements: el, marks } = profile;

  const issuerBlock: Paragraph[] = [];
  if (frame.parentIssuer) issuerBlock.push(styled('parentIssuer', balancedLines(frame.parentIssuer, el.parentIssuer, left)));
  const issuer = balancedLines(frame.issuer, el.issuer, left);
  issuerBlock.push(styled('issuer', issuer));
  issuerBlock.push(...markParagraphs('issuerMark', marks.issuer, ruleLength(marks.issuer, issuer, el.issuer, left), left));

  const headingBlock: Paragraph[] = frame.heading.map((line, i) => styled(i === 0 ? 'headingTop' : 'headingSub', line));
  const lastElement = frame.heading.length > 1 ? 'headingSub' : 'headingTop';
  const lastLine = frame.heading[frame.heading.length - 1] ?? '';
  headingBlock.push(...markParagraphs(lastElement, marks.heading, ruleLength(marks.heading, [lastLine], el[lastElement], right), right));

  return layoutTable(
    [left, right],
    [
      [issuerBlock, headingBlock],
      [[styled('number', frame.number)], frame.dateLine ? [styled('dateLine', frame.dateLine)] : []],
    ],
  );
}

/** ô 5a: BÁO CÁO, the trích yếu lines, and the mark under them. */
export function titleBlock(frame: Frame, profile: LayoutProfile): Paragraph[] {
  const width = textWidth(profile);
  const mark = profile.marks.summary;
  const summary = frame.summary.map((line) => balancedLines(line, profile.elements.summary, width));
  return [
    styled('docType', frame.docType),
    ...summary.map((lines) => styled('summary', lines)),
    ...markParagraphs('summaryMark', mark, ruleLength(mark, summary.flat(), profile.elements.summary, width), width),
  ];
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
  const labelStyle = profile.elements.toLabel;
  const indent = toTwip(addLength(measureText(TO_LABEL + ' ', labelStyle), labelStyle.firstLineIndent ?? pt(0)));
  return [
    styled('toLabel', TO_LABEL),
    ...lines.map((line) => new Paragraph({ style: styleId('to'), indent: { left: indent, firstLine: 0 }, children: [new TextRun(line)] })),
  ];
}
