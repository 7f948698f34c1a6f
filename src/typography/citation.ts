// How a document is cited in running text. The state and the Party differ only in the comma before
// "ngày": "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ" (ND30 practice) against
// "Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị" (Party documents, spec §4.6).
import { upperFirst } from './case.js';
import { parseIsoDate, shortDate } from './dates.js';

/** The cited document, as a record gives it; only the type and the title are required. */
export interface CitedDocument {
  /** Kind in lower case: "quy chế", "nghị quyết"… (the citation capitalises it). */
  readonly type: string;
  readonly number?: string;
  /** ISO date, or a year / year-month when the source gives no more. */
  readonly date?: string;
  readonly issuer?: string;
  /** What follows the kind: "về khu vực phòng thủ", "phối hợp giữa …". */
  readonly title: string;
}

export interface CitationForm {
  /** What stands between the number and "ngày": a space (state) or ", " (Party). */
  readonly beforeDate: string;
}

/** "Nghị quyết số 12-NQ/ĐU, ngày 05/9/2026 của Đảng ủy … về …": the parts a record has, in this order. */
export function documentCitation(doc: CitedDocument, form: CitationForm): string {
  let text = upperFirst(doc.type);
  if (doc.number) text += ` số ${doc.number}`;
  if (doc.date) text += `${doc.number ? form.beforeDate : ' '}${dateWord(doc.date)} ${shortDate(doc.date)}`;
  if (doc.issuer) text += ` của ${doc.issuer}`;
  return `${text} ${doc.title}`;
}

/** "ngày 05/3/2020", "tháng 3/2020", "năm 2020": the word fits what the source gives. */
function dateWord(iso: string): string {
  const d = parseIsoDate(iso);
  return d.day !== undefined ? 'ngày' : d.month !== undefined ? 'tháng' : 'năm';
}
