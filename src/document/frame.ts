// The frame of a document (header, number, date line, title, signature, recipients), worded and
// cased from the record and the layout profile. Renderers only lay these strings out.
import { findPerson } from '../record/people.js';
import type { ConferenceRecord, OutputDocument } from '../record/types.generated.js';
import type { DocumentKind, LayoutProfile } from '../layout/profiles.js';
import type { Frame, Signature } from './model.js';
import { dateLine, lowerFirst, numberLine, personName, upperFirst, upperVi } from '../typography/index.js';

/** The reviewed text as it is cited: "Nghị định số 21/2019/NĐ-CP của Chính phủ về khu vực phòng thủ". */
export function subjectCitation(record: ConferenceRecord): string {
  const s = record.subject;
  const parts = [upperFirst(s.type)];
  if (s.number) parts.push(`số ${s.number}`);
  if (s.issuer) parts.push(`của ${s.issuer}`);
  parts.push(s.title);
  return parts.join(' ');
}

/** Trích yếu of a báo cáo: "Sơ kết 1 năm thực hiện Quy chế phối hợp …" (lower-case initial in Party documents). */
export function reportSummary(record: ConferenceRecord, profile: LayoutProfile): string {
  const text = `${record.kind} ${record.period.label} thực hiện ${subjectCitation(record)}`;
  return profile.summaryInitial === 'upper' ? upperFirst(text) : lowerFirst(text);
}

export function signature(record: ConferenceRecord, doc: OutputDocument, profile: LayoutProfile): Signature {
  const s = doc.signer;
  const person = findPerson(record, s.person);
  const authority = s.capacity ? `${profile.capacities[s.capacity]} ${upperVi(s.for ?? record.organizer.name)}` : undefined;
  const name = person ? personName(person.name, profile.signerRank ? person.rank : undefined) : '';
  return { ...(authority ? { authority } : {}), position: upperVi(s.position), name };
}

export function recipients(record: ConferenceRecord, doc: OutputDocument, profile: LayoutProfile): string[] {
  const lines = [...(doc.to && doc.to.length > 0 && profile.id === 'nd30' ? ['Như trên'] : []), ...(doc.recipients ?? [])];
  const unit = record.organizer.unit;
  const archive = unit ? profile.recipients.archive.replace('{unit}', unit) : profile.recipients.archive.replace(/,?\s*\{unit\}/, '');
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
    dateLine: dateLine(record.place, record.date),
    docType: profile.docTypeNames[kind],
    summary: [reportSummary(record, profile)],
    ...(doc.to && doc.to.length > 0 ? { to: doc.to } : {}),
    signature: signature(record, doc, profile),
    recipients: recipients(record, doc, profile),
  };
}
