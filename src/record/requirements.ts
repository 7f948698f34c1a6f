// What each document kind cannot be written without. A record that asks for a kind (documents[].kind)
// but lacks one of its fields gets a positioned error naming the field, and that record is not built:
// a biên bản without a secretary, or a thông báo kết luận without a conclusion, would be an empty form.
// What a document only prints when present (venue, times, attendees…) is not required: it stays blank.
import { t, type Text } from '../diagnostics/diagnostic.js';
import type { ConferenceRecord, OutputDocument } from './types.generated.js';
import type { Report } from './rules.js';

interface Need {
  /** The missing field, as written in the record. */
  readonly field: string;
  readonly present: (record: ConferenceRecord, doc: OutputDocument) => boolean;
  readonly why: Text;
}

const signers: Need = {
  field: 'signers',
  present: (_r, d) => (d.signers ?? []).length > 0,
  why: t('văn bản ban hành cần người ký (thẩm quyền, chức vụ)', 'an issued document needs its signer (capacity, position)'),
};

const NEEDS: Readonly<Record<OutputDocument['kind'], readonly Need[]>> = {
  'bao-cao': [signers],
  'bao-cao-nhanh': [signers],
  'thong-bao-ket-luan': [
    signers,
    { field: 'conclusion', present: (r) => r.conclusion !== undefined, why: t('thông báo kết luận nêu ai kết luận và kết luận gì', 'a conclusion notice says who concluded and what') },
  ],
  'bien-ban': [
    { field: 'secretary', present: (r) => r.secretary !== undefined, why: t('biên bản do thư ký ghi và ký', 'the minutes are kept and signed by the secretary') },
    { field: 'chairs', present: (r) => (r.chairs ?? []).length > 0, why: t('biên bản do chủ tọa ký', 'the minutes are signed by the chair') },
  ],
  'giay-moi': [
    signers,
    { field: 'venue', present: (r) => r.venue !== undefined, why: t('giấy mời cho biết họp ở đâu', 'an invitation says where the meeting is') },
  ],
  'chuong-trinh': [
    signers,
    { field: 'programme', present: (r) => (r.programme ?? []).length > 0, why: t('chương trình là bảng các phần của hội nghị', 'a programme is the table of the conference’s parts') },
  ],
  // A news piece prints what the record has; its headline falls back to the conference's title.
  'tin-bai': [],
};

export function checkDocumentNeeds(record: ConferenceRecord, report: Report): void {
  record.documents.forEach((doc, i) => {
    for (const need of NEEDS[doc.kind]) {
      if (need.present(record, doc)) continue;
      report(
        'rules/document-needs',
        ['documents', i, 'kind'],
        t(`Văn bản \`${doc.kind}\` thiếu trường \`${need.field}\`: ${need.why.vi}`, `Document \`${doc.kind}\` lacks \`${need.field}\`: ${need.why.en}`),
        t(`Ghi \`${need.field}\` vào hồ sơ, hoặc bỏ văn bản này khỏi documents.`, `Add \`${need.field}\` to the record, or drop this document from documents.`),
      );
    }
  });
}
