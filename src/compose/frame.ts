// The frame of a document (header, number, date line, title, signature, recipients), worded and
// cased from the record and the layout profile. Renderers only lay these strings out.
import { findPerson } from '../record/people.js';
import type { ConferenceRecord, OutputDocument, Person, Signer } from '../record/types.generated.js';
import type { Capacity, DocumentKind, LayoutProfile } from '../layout/profiles.js';
import { documentForms, type DocumentForm } from '../layout/document-forms.js';
import type { Frame, Signature } from '../document/model.js';
import { reportTitle, type Phrases } from './phrases.js';
import { dateLine, foldCase, lowerFirst, numberLine, personName, upperFirst, upperVi } from '../typography/index.js';

/** Trích yếu of a báo cáo: "Sơ kết 1 năm thực hiện Quy chế phối hợp …" (lower-case initial in Party documents). */
export function reportSummary(record: ConferenceRecord, profile: LayoutProfile, phrases: Phrases): string {
  const text = reportTitle(record, phrases, profile.id);
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

/**
 * Capacity and body of the authority line. Under a profile whose committee deputies sign for the
 * committee (HD 05: no K/T for a collective body), "K/T BÍ THƯ" becomes "T/M ĐẢNG UỶ".
 */
function authorityOf(signer: Signer, organizer: string, profile: LayoutProfile): { capacity: Capacity; body: string } | undefined {
  if (!signer.capacity) return undefined;
  const head = (signer.for ?? '').trim().toLocaleLowerCase('vi');
  const forCommitteeHead = profile.signing.committeeHeads.some((h) => h.toLocaleLowerCase('vi') === head);
  if (signer.capacity === 'KT' && profile.signing.committeeDeputy === 'TM' && forCommitteeHead) {
    return { capacity: 'TM', body: committeeName(organizer) };
  }
  return { capacity: signer.capacity, body: signer.for ?? organizer };
}

/** The i-th signer signs for the i-th organiser unless the record says for whom. */
export function signature(record: ConferenceRecord, signer: Signer, index: number, profile: LayoutProfile): Signature {
  const person = findPerson(record, signer.person);
  const organizer = (record.organizers[index] ?? record.organizers[0]!).name;
  const a = authorityOf(signer, organizer, profile);
  // In a joint document "T/M BAN THƯỜNG VỤ" twice would not say whose: a collective named without its
  // body gets the body's name ("T/M BAN THƯỜNG VỤ ĐẢNG UỶ QUÂN SỰ TỈNH").
  const body = a && record.organizers.length > 1 && !foldCase(a.body).includes(foldCase(organizer)) && !foldCase(organizer).startsWith(foldCase(a.body)) ? `${a.body} ${organizer}` : a?.body;
  const authority = a ? `${profile.capacities[a.capacity]} ${upperVi(body!)}` : undefined;
  const name = person ? personName(person.name, profile.signerRank ? person.rank : undefined) : '';
  return { ...(authority ? { authority } : {}), position: upperVi(signer.position), name };
}

export function recipients(record: ConferenceRecord, doc: OutputDocument, profile: LayoutProfile): string[] {
  const lines = [...(doc.to && doc.to.length > 0 && profile.id === 'nd30' ? ['Như trên'] : []), ...(doc.recipients ?? [])];
  const unit = record.organizers[0]!.unit;
  const withCommittee = profile.recipients.archive.replace('{committee}', committeeName(record.organizers[0]!.name));
  const archive = unit ? withCommittee.replace('{unit}', unit) : withCommittee.replace(/,?\s*\{unit\}/, '');
  return [...lines, archive];
}

/** Issuer codes of the symbol, in the order the bodies are named, joined by hyphens (ND30 II.3.c): UBND-UBMTTQ. */
export function issuerCodes(record: ConferenceRecord): string {
  return record.organizers.map((o) => o.code).join('-');
}

export function buildFrame(record: ConferenceRecord, doc: OutputDocument, profile: LayoutProfile, phrases: Phrases): Frame {
  const kind = doc.kind as DocumentKind;
  const form = documentForms(profile)[kind];
  if (form.layout === 'article') return articleFrame(record, doc, profile, phrases);
  const number = numberLine(profile.number, doc.number, profile.typeCodes[kind], issuerCodes(record));
  return {
    heading: profile.headingText,
    issuers: record.organizers.map((o) => ({ ...(o.parent ? { parent: upperVi(o.parent) } : {}), name: upperVi(o.name) })),
    number,
    ...(form.dateLine ? { dateLine: dateLine(record.place, record.date, profile.dateForm) } : {}),
    docType: form.docType ?? profile.docTypeNames[kind],
    summary: [kindSummary(record, form, profile, phrases)],
    ...(doc.to && doc.to.length > 0 ? { to: doc.to } : {}),
    signatures: signatures(record, doc, form, profile),
    recipients: recipients(record, doc, profile),
  };
}

/**
 * A news piece: its headline and nothing of the official frame. The headline is the document's own,
 * else the source article's title, else the conference's title as the seeds' headlines say it
 * ("Sơ kết thực hiện Quy chế phối hợp giữa …"): derived from the record, never made up.
 */
function articleFrame(record: ConferenceRecord, doc: OutputDocument, profile: LayoutProfile, phrases: Phrases): Frame {
  return {
    layout: 'article',
    heading: [],
    issuers: [],
    number: '',
    docType: doc.headline ?? record.source?.title ?? upperFirst(reportTitle(record, phrases, profile.id)),
    summary: [],
    signatures: [],
    recipients: [],
  };
}

/** The trích yếu of a kind, from its form: the báo cáo's own title, or the form around the conference's title. */
function kindSummary(record: ConferenceRecord, form: DocumentForm, profile: LayoutProfile, phrases: Phrases): string {
  if (form.summary === '{report}') return reportSummary(record, profile, phrases);
  const concluder = record.conclusion ? concluderName(findPerson(record, record.conclusion.by), record, form) : '';
  const text = form.summary
    .replace('{title}', reportTitle(record, phrases, profile.id))
    .replace('{concluder}', concluder)
    .replace(/\s+/g, ' ')
    .trim();
  return profile.summaryInitial === 'upper' ? upperFirst(text) : lowerFirst(text);
}

/**
 * Who concluded, as the trích yếu names them: "Bí thư Đảng ủy Quân sự tỉnh Nguyễn Văn Thắng" (state),
 * "đồng chí Nguyễn Văn Thắng, Bí thư Đảng ủy Quân sự tỉnh" (Party). Of several positions, the one
 * held in the lead organiser is meant, else the first.
 */
export function concluderName(person: Person | undefined, record: ConferenceRecord, form: DocumentForm): string {
  if (!person) return '';
  const positions = person.positions ?? [];
  const lead = record.organizers[0]!.name.toLocaleLowerCase('vi');
  const position = positions.find((p) => p.toLocaleLowerCase('vi').includes(lead)) ?? positions[0];
  if (form.concluder === 'comrade-position') return position ? `đồng chí ${person.name}, ${position}` : `đồng chí ${person.name}`;
  return position ? `${position} ${person.name}` : person.name;
}

/** ô 7: the record's signers, or for minutes the secretary and the chair under their roles' titles (the chair leads). */
function signatures(record: ConferenceRecord, doc: OutputDocument, form: DocumentForm, profile: LayoutProfile): Signature[] {
  const signing = form.signing;
  if (signing.kind === 'none') return [];
  if (signing.kind === 'signers') return (doc.signers ?? []).map((s, i) => signature(record, s, i, profile));
  const named = (id: string | undefined) => {
    const p = findPerson(record, id);
    return p ? personName(p.name, profile.signerRank ? p.rank : undefined) : '';
  };
  return [
    { position: signing.chair, name: named(record.chairs?.[0]) },
    { position: signing.secretary, name: named(record.secretary) },
  ];
}
