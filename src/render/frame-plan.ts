// What goes where in the frame, decided once for every renderer: the header table's two columns and
// their cells (ô 1–4), the title block (ô 5a), the "Kính gửi" indent (ô 9a) and the closing table
// (ô 9b | ô 7). A renderer only turns each item into its own paragraphs; it decides no layout.
import type { Frame, Signature } from '../document/model.js';
import { measureText } from '../layout/measure.js';
import { textWidth, type ElementId, type LayoutProfile, type Mark } from '../layout/profiles.js';
import { addLength, pt, toPt, type Length } from '../layout/units.js';
import { TO_LABEL, balancedLines, columnWidths, recipientLines, ruleLength, twoColumns } from './common.js';

/** One item of a frame cell: lines of text in an element's style, or the mark under the text above. */
export type FrameItem =
  | {
      readonly kind: 'text';
      readonly element: ElementId;
      readonly lines: readonly string[];
      /** A size other than the element's, within what the profile allows (the date line only). */
      readonly size?: Length;
    }
  | { readonly kind: 'mark'; readonly element: ElementId; readonly mark: Mark; readonly length: Length | undefined; readonly column: Length };

/** A borderless table of the frame: exact column widths, each cell a stack of items. */
export interface FramePlan {
  readonly widths: readonly [Length, Length];
  readonly rows: readonly (readonly (readonly FrameItem[])[])[];
}

const text = (element: ElementId, lines: string | readonly string[]): FrameItem => ({
  kind: 'text',
  element,
  lines: typeof lines === 'string' ? [lines] : lines,
});

/** The header's two columns and the date line's size, so that ô 4 is one line (see LayoutProfile.dateLineFit). */
export function headerFit(frame: Frame, profile: LayoutProfile): { readonly widths: readonly [Length, Length]; readonly dateSize: Length } {
  const total = textWidth(profile);
  const widths = twoColumns(profile.headerColumns, total);
  const style = profile.elements.dateLine;
  const fit = profile.dateLineFit;
  if (!frame.dateLine) return { widths, dateSize: style.size };
  const need = (size: Length) => toPt(measureText(frame.dateLine!, { ...style, size })) + toPt(fit.spare);
  const widest = toPt(total) * fit.widestRight;
  const right = (size: Length): [Length, Length] => {
    const r = Math.min(widest, Math.max(toPt(widths[1]), need(size)));
    return [pt(toPt(total) - r), pt(r)];
  };
  let size = style.size;
  while (need(size) > widest && toPt(size) - toPt(fit.sizeStep) >= toPt(fit.minSize) - 1e-9) size = pt(toPt(size) - toPt(fit.sizeStep));
  return { widths: right(size), dateSize: size };
}

/**
 * Header table: row 1 holds the issuer block (left) and the national/Party heading (right); row 2
 * the number (left) and the place-and-date line (right), so those two always share a line.
 */
export function headerPlan(frame: Frame, profile: LayoutProfile): FramePlan {
  const fit = headerFit(frame, profile);
  const [left, right] = fit.widths;
  const { elements: el, marks } = profile;

  // Joint issuers stand stacked, lead first; a superior they share is written once above them.
  const issuerBlock: FrameItem[] = [];
  const parents = new Set(frame.issuers.map((i) => i.parent));
  const shared = parents.size === 1 ? frame.issuers[0]?.parent : undefined;
  if (shared) issuerBlock.push(text('parentIssuer', balancedLines(shared, el.parentIssuer, left)));
  let issuer: string[] = [];
  for (const i of frame.issuers) {
    if (i.parent && !shared) issuerBlock.push(text('parentIssuer', balancedLines(i.parent, el.parentIssuer, left)));
    issuer = balancedLines(i.name, el.issuer, left);
    issuerBlock.push(text('issuer', issuer));
  }
  issuerBlock.push({ kind: 'mark', element: 'issuerMark', mark: marks.issuer, length: ruleLength(marks.issuer, issuer, el.issuer, left), column: left });

  const headingBlock: FrameItem[] = frame.heading.map((line, i) => text(i === 0 ? 'headingTop' : 'headingSub', line));
  const lastElement: ElementId = frame.heading.length > 1 ? 'headingSub' : 'headingTop';
  const lastLine = frame.heading[frame.heading.length - 1] ?? '';
  headingBlock.push({ kind: 'mark', element: lastElement, mark: marks.heading, length: ruleLength(marks.heading, [lastLine], el[lastElement], right), column: right });

  return {
    widths: [left, right],
    rows: [
      [issuerBlock, headingBlock],
      [
        [text('number', frame.number)],
        frame.dateLine ? [{ ...text('dateLine', frame.dateLine), ...(fit.dateSize !== el.dateLine.size ? { size: fit.dateSize } : {}) }] : [],
      ],
    ],
  };
}

/** ô 5a: BÁO CÁO, the trích yếu lines, and the mark under them. */
export function titlePlan(frame: Frame, profile: LayoutProfile): FrameItem[] {
  const width = textWidth(profile);
  // A news piece: its headline alone, in the tên loại's style, without the mark under a trích yếu.
  if (frame.layout === 'article') return [text('docType', balancedLines(frame.docType, profile.elements.docType, width))];
  const mark = profile.marks.summary;
  const summary = frame.summary.map((line) => balancedLines(line, profile.elements.summary, width));
  return [
    text('docType', frame.docType),
    ...summary.map((lines) => text('summary', lines)),
    { kind: 'mark', element: 'summaryMark', mark, length: ruleLength(mark, summary.flat(), profile.elements.summary, width), column: width },
  ];
}

/** ô 9a: several addressees stand each on its own line, their dashes right after "Kính gửi: ". */
export function addresseeIndent(profile: LayoutProfile): Length {
  const labelStyle = profile.elements.toLabel;
  return addLength(measureText(TO_LABEL + ' ', labelStyle), labelStyle.firstLineIndent ?? pt(0));
}

/** The closing table: exact column widths, each row a list of cells, each cell a stack of items. */
export interface SignaturePlan {
  readonly widths: readonly Length[];
  readonly rows: readonly (readonly (readonly FrameItem[])[])[];
}

/**
 * ô 9b | ô 7. The signer's lines are centred in their column and a long one breaks evenly; an
 * empty name keeps its (empty) item so the signature space stays the same. One signer: Nơi nhận on
 * the left, the signature on the right. Several (a joint document): the signatures side by side in
 * equal columns, the lead where the profile puts it, and the Nơi nhận list under them on the left.
 */
export function signaturePlan(frame: Frame, profile: LayoutProfile): SignaturePlan {
  const recipients = [text('recipientsLabel', profile.recipients.label), ...recipientLines(frame, profile).map((line) => text('recipient', line))];
  const signerItems = (s: Signature, column: Length): FrameItem[] => {
    const line = (element: ElementId, value: string): FrameItem => text(element, value === '' ? [] : balancedLines(value, profile.elements[element], column));
    return [...(s.authority ? [line('signAuthority', s.authority)] : []), line('signPosition', s.position), line('signName', s.name)];
  };
  if (frame.signatures.length <= 1) {
    const widths = twoColumns(profile.signatureColumns, textWidth(profile));
    const s = frame.signatures[0] ?? { position: '', name: '' };
    return { widths, rows: [[recipients, signerItems(s, widths[1])]] };
  }
  const n = frame.signatures.length;
  const widths = columnWidths(Array.from({ length: n }, () => 1), textWidth(profile));
  const ordered = profile.joint.leadSignature === 'right' ? [...frame.signatures].reverse() : frame.signatures;
  return {
    widths,
    rows: [ordered.map((s, i) => signerItems(s, widths[i]!)), [recipients, ...Array.from({ length: n - 1 }, () => [])]],
  };
}
