// The frame of a document (header, number, date line, title, signature, recipients), worded and
// cased from the record and the layout profile. Renderers only lay these strings out.
import { findPerson } from '../record/people.js';
import type { ConferenceRecord, OutputDocument } from '../record/types.generated.js';
import type { Capacity, DocumentKind, LayoutProfile } from '../layout/profiles.js';
import type { Frame, Signature } from './model.js';
import { dateLine, documentCitation, lowerFirst, numberLine, personName, upperFirst, upperVi } from '../typography/index.js';

/** The reviewed text as it is cited: "Nghị định số 21/2019/NĐ-CP của Chính phủ về khu vực phòng thủ". */
export function subjectCitation(record: ConferenceRecord, profile: LayoutProfile): string {
  return documentCitation(record.subject, profile.citation);
}

/** Trích yếu of a báo cáo: "Sơ kết 1 năm thực hiện Quy chế phối hợp …" (lower-case initial in Party documents). */
export function reportSummary(record: ConferenceRecord, profile: LayoutProfile): string {
  const text = `${record.kind} ${record.period.label} thực hiện ${subjectCitation(record, profile)}`;
  return profile.summaryInitial === 'upper' ? upperFirst(text) : lowerFirst(text);
}

/**
 * The committee an organiser's name begins with: "Đảng ủy" of "Đảng ủy Quân sự tỉnh", "Tỉnh ủy" of
 * "Tỉnh ủy Điện Biên", "Chi bộ" of "Chi bộ Văn phòng"; the whole name when it names no committee.
 * Party signatures and archive lines name the committee, not the full organiser ("T/M ĐẢNG UỶ").
 */
export function committeeName(organizer: string): string {
  const m = /^(?:Ban Thường vụ|Ban Chấp hành|Chi bộ|\p{L}+ (?:ủy|uỷ))(?=\s|$)/iu.exec(organizer.trim());
  return m ? m[0] : organizer.trim();
}

/** Capacity and body of the authority line, after the profile's rule for deputies of a committee. */
function authorityOf(s: OutputDocument['signer'], record: ConferenceRecord, profile: LayoutProfile): { capacity: Capacity; body: string } | undefined {
  if (!s.capacity) return undefined;
  const head = (s.for ?? '').trim().toLocaleLowerCase('vi');
  const ofCommittee = profile.signing.committeeHeads.some((h) => h.toLocaleLowerCase('vi') === head);
  if (s.capacity === 'KT' && profile.signing.committeeDeputy === 'TM' && ofCommittee) {
    return { capacity: 'TM', body: committeeName(record.organizer.name) };
  }
  return { capacity: s.capacity, body: s.for ?? record.organizer.name };
}

export function signature(record: ConferenceRecord, doc: OutputDocument, profile: LayoutProfile): Signature {
  const s = doc.signer;
  const person = findPerson(record, s.person);
  const a = authorityOf(s, record, profile);
  const authority = a ? `${profile.capacities[a.capacity]} ${upperVi(a.body)}` : undefined;
  const name = person ? personName(person.name, profile.signerRank ? person.rank : undefined) : '';
  return { ...(authority ? { authority } : {}), position: upperVi(s.position), name };
}

export function recipients(record: ConferenceRecord, doc: OutputDocument, profile: LayoutProfile): string[] {
  const lines = [...(doc.to && doc.to.length > 0 && profile.id === 'nd30' ? ['Như trên'] : []), ...(doc.recipients ?? [])];
  const unit = record.organizer.unit;
  const withCommittee = profile.recipients.archive.replace('{committee}', committeeName(record.organizer.name));
  const archive = unit ? withCommittee.replace('{unit}', unit) : withCommittee.replace(/,?\s*\{unit\}/, '');
  return [...lines, archive];
}

export function buildFrame(record: ConferenceRecord, doc: OutputDocument, profile: LayoutProfile): Frame {
  const kind = doc.kind as DocumentKind;
  const number = numberLine(profile.number, doc.number, profile.typeCodes[kind], record.organizer.code);
  return {
    heading: profile.headingText,
    ...(record.organizer.parent ? { parentIssuer: upperVi(record.organizer.parent) } : {}),
    issuer: upperVi(record.organizer.name),
    number,
    dateLine: dateLine(record.place, record.date, profile.dateForm),
    docType: profile.docTypeNames[kind],
    summary: [reportSummary(record, profile)],
    ...(doc.to && doc.to.length > 0 ? { to: doc.to } : {}),
    signature: signature(record, doc, profile),
    recipients: recipients(record, doc, profile),
  };
}
