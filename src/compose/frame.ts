// The frame of a document (header, number, date line, title, signature, recipients), worded and
// cased from the record and the layout profile. Renderers only lay these strings out.
import { findPerson } from '../record/people.js';
import type { ConferenceRecord, OutputDocument, Signer } from '../record/types.generated.js';
import type { DocumentKind, LayoutProfile } from '../layout/profiles.js';
import type { Frame, Signature } from '../document/model.js';
import { reportTitle, type Phrases } from './phrases.js';
import { dateLine, lowerFirst, numberLine, personName, upperFirst, upperVi } from '../typography/index.js';

/** Trích yếu of a báo cáo: "Sơ kết 1 năm thực hiện Quy chế phối hợp …" (lower-case initial in Party documents). */
export function reportSummary(record: ConferenceRecord, profile: LayoutProfile, phrases: Phrases): string {
  const text = reportTitle(record, phrases, profile.id);
  return profile.summaryInitial === 'upper' ? upperFirst(text) : lowerFirst(text);
}

/** The i-th signer signs for the i-th organiser unless the record says for whom. */
export function signature(record: ConferenceRecord, signer: Signer, index: number, profile: LayoutProfile): Signature {
  const person = findPerson(record, signer.person);
  const body = signer.for ?? (record.organizers[index] ?? record.organizers[0]!).name;
  const authority = signer.capacity ? `${profile.capacities[signer.capacity]} ${upperVi(body)}` : undefined;
  const name = person ? personName(person.name, profile.signerRank ? person.rank : undefined) : '';
  return { ...(authority ? { authority } : {}), position: upperVi(signer.position), name };
}

export function recipients(record: ConferenceRecord, doc: OutputDocument, profile: LayoutProfile): string[] {
  const lines = [...(doc.to && doc.to.length > 0 && profile.id === 'nd30' ? ['Như trên'] : []), ...(doc.recipients ?? [])];
  const unit = record.organizers[0]!.unit;
  const archive = unit ? profile.recipients.archive.replace('{unit}', unit) : profile.recipients.archive.replace(/,?\s*\{unit\}/, '');
  return [...lines, archive];
}

/** Issuer codes of the symbol, in the order the bodies are named, joined by hyphens (ND30 II.3.c): UBND-UBMTTQ. */
export function issuerCodes(record: ConferenceRecord): string {
  return record.organizers.map((o) => o.code).join('-');
}

export function buildFrame(record: ConferenceRecord, doc: OutputDocument, profile: LayoutProfile, phrases: Phrases): Frame {
  const kind = doc.kind as DocumentKind;
  const number = numberLine(profile.number, doc.number, profile.typeCodes[kind], issuerCodes(record));
  return {
    heading: profile.headingText,
    issuers: record.organizers.map((o) => ({ ...(o.parent ? { parent: upperVi(o.parent) } : {}), name: upperVi(o.name) })),
    number,
    dateLine: dateLine(record.place, record.date),
    docType: profile.docTypeNames[kind],
    summary: [reportSummary(record, profile, phrases)],
    ...(doc.to && doc.to.length > 0 ? { to: doc.to } : {}),
    signatures: doc.signers.map((s, i) => signature(record, s, i, profile)),
    recipients: recipients(record, doc, profile),
  };
}
