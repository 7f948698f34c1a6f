// Record → document model: the template writes the body as HTML-subset markup, the parser turns it
// into blocks, then model passes apply what every document needs whatever the template (heading
// numbers, abbreviations at first use, the output typography (punctuation, the profile's tone-mark
// style, non-breaking spaces), the profile's body end (ND30 "./.", HD 05 ".")).
import { diagnostic, t, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocumentKind, LayoutProfile, ToneStyle } from '../layout/profiles.js';
import { documentForms } from '../layout/document-forms.js';
import type { ConferenceRecord, OutputDocument } from '../record/types.generated.js';
import type { TemplateEngine } from '../template/engine.js';
import { positionAt } from '../template/engine.js';
import { parseMarkup, type MarkupProblem } from '../template/markup.js';
import { expandAbbreviations, lowerFirst, normalizeText } from '../typography/index.js';
import { buildFrame, reportSummary } from './frame.js';
import { checkPhrases, citation, conferenceClauses, organizerNames, reportTitle, resultsHeading, subjectClause, type Phrases } from './phrases.js';
import { numberHeadings } from './labels.js';
import { MODEL_VERSION, type Block, type DocumentModel, type Frame, type Inline } from '../document/model.js';

export interface BuildResult {
  readonly model?: DocumentModel;
  readonly diagnostics: Diagnostic[];
}

/** Which template builds which document: one per document kind; wording by conference kind is phrase data. */
export function templateName(_record: ConferenceRecord, doc: OutputDocument): string {
  return doc.kind;
}

/** What a template sees: the record as it is, plus the phrases every template would otherwise rebuild. */
export function templateContext(record: ConferenceRecord, doc: OutputDocument, profile: LayoutProfile, phrases: Phrases) {
  return {
    // Optional groups become empty objects: Handlebars' strict mode throws on `a.b` when `a` is absent,
    // and templates test `{{#if record.assessment.results}}` without guarding each level.
    record: {
      ...record,
      assessment: record.assessment ?? {},
      conclusion: record.conclusion ?? {},
      attendees: record.attendees ?? {},
      invitation: record.invitation ?? {},
      source: record.source ?? {},
    },
    doc,
    profile: { id: profile.id, name: profile.name },
    /** "Đảng ủy Quân sự tỉnh và Huyện ủy …". */
    organizers: organizerNames(record.organizers),
    /** The organisers as a news piece names them, locality included: "Đảng ủy Quân sự tỉnh Điện Biên". */
    organizersInPlace: organizerNames(record.organizers.map((o) => ({ ...o, name: withLocality(o.name, record.place) }))),
    /** Each reviewed subject with its clause ("sơ kết 1 năm thực hiện …") and its full citation. */
    subjects: record.subjects.map((s) => ({ ...s, clause: subjectClause(s, record, phrases, profile.id), citation: citation(s, phrases, profile.id) })),
    /** The report's title, lower-case initial: "sơ kết 1 năm thực hiện Quy chế …". */
    title: reportSummary(record, { ...profile, summaryInitial: 'lower' }, phrases),
    /** The same, each subject by its short name: "sơ kết 1 năm thực hiện Quy chế". */
    shortTitle: lowerFirst(reportTitle(record, phrases, profile.id, true)),
    /** What the conference did, subjects by short name, for "… tổ chức hội nghị {{conferenceName}}". */
    conferenceName: lowerFirst(conferenceClauses(record, phrases, profile.id, true)),
    resultsHeading: resultsHeading(record, phrases),
    /** Attendees other than the chairs, who are named once as chairs. */
    guests: (record.attendees?.people ?? []).filter((id) => !(record.chairs ?? []).includes(id)),
  };
}

/**
 * A body named by its level only ("Đảng ủy Quân sự tỉnh", whose letterhead carries the province in
 * its superior's line) takes the record's place after it, as news pieces write it; a full name is kept.
 */
export function withLocality(name: string, place: string): string {
  return /\s(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)$/u.test(name) ? `${name} ${place}` : name;
}

/** The phrase forms from the template folders, checked; a broken unit file is a positioned diagnostic. */
export function loadPhrases(engine: TemplateEngine): { phrases?: Phrases; diagnostics: Diagnostic[] } {
  const data = engine.data('phrases');
  if (data.value === undefined) return { diagnostics: data.diagnostics };
  const { phrases, problems } = checkPhrases(data.value);
  if (phrases) return { phrases, diagnostics: [] };
  const list = problems.join('; ');
  return {
    diagnostics: [
      diagnostic({ file: data.file ?? 'phrases.json', ruleId: 'template/data-invalid', stage: 'template', message: t(`Tệp cụm từ chưa đúng: ${list}`, `Phrase file is invalid: ${list}`) }),
    ],
  };
}

export function buildDocument(
  record: ConferenceRecord,
  doc: OutputDocument,
  profile: LayoutProfile,
  engine: TemplateEngine,
): BuildResult {
  const name = templateName(record, doc);
  const loadedPhrases = loadPhrases(engine);
  const phrases = loadedPhrases.phrases;
  if (!phrases) return { diagnostics: loadedPhrases.diagnostics };
  const rendered = engine.render(name, templateContext(record, doc, profile, phrases));
  if (rendered.markup === undefined) return { diagnostics: rendered.diagnostics };
  const diagnostics: Diagnostic[] = [...rendered.diagnostics];
  const parsed = parseMarkup(rendered.markup.normalize('NFC'));
  for (const p of parsed.problems) diagnostics.push(markupDiagnostic(p, rendered.template?.file ?? name, rendered.template?.source, rendered.markup));

  const tone = resolveToneStyle(record, profile);
  const names = (record.people ?? []).map((p) => p.name);
  const typeset = (s: string) => normalizeText(s, { toneStyle: tone, protect: names });
  const frame = mapFrameText(buildFrame(record, doc, profile, phrases), typeset);

  let body = numberHeadings(parsed.blocks, profile.headingLabels);
  body = expandFirstUse(body, record.abbreviations ?? {});
  body = mapBodyText(body, typeset);
  body = appendBodyEnd(body, documentForms(profile)[doc.kind as DocumentKind].bodyEnd ? profile.bodyEnd : '');

  const model: DocumentModel = {
    modelVersion: MODEL_VERSION,
    profile: profile.id,
    // The files' metadata read as the document does: the profile's tone style (a Party document's
    // author is "Đảng uỷ…", not the record's "Đảng ủy…"), and plain spaces — no-break spaces are
    // for line breaking and would only hinder a search of the title.
    meta: {
      title: plainSpaces(`${frame.docType} ${frame.summary.join(' ')}`),
      subject: plainSpaces(frame.summary.join(' ')),
      author: plainSpaces(record.organizers.map((o) => typeset(o.name)).join('; ')),
      created: createdInstant(record.date, record.source?.published),
      language: 'vi-VN',
    },
    frame,
    body,
  };
  return { model, diagnostics };
}

const plainSpaces = (s: string): string => s.replace(/\u00A0/g, ' ');

export function resolveToneStyle(record: ConferenceRecord, profile: LayoutProfile): ToneStyle {
  return record.toneStyle ?? profile.toneStyle;
}

/** When neither the meeting nor the article has a year: the earliest instant a ZIP entry can hold. */
const UNDATED = '1980-01-01T00:00:00.000Z';

/**
 * The files' creation instant comes from the record (never the clock), so rebuilding gives the same
 * bytes: the meeting's date, else the article's, with unknown parts as the first of their range.
 */
export function createdInstant(date: string | undefined, fallback?: string): string {
  for (const candidate of [date, fallback]) {
    if (!candidate || candidate.startsWith('--')) continue;
    const [y, m = '01', d = '01'] = candidate.split('-');
    return `${y}-${m}-${d}T00:00:00.000Z`;
  }
  return UNDATED;
}

/** A markup problem of a rendered template, placed at its tag in the template's source. */
export function markupDiagnostic(p: MarkupProblem, file: string, templateSource: string | undefined, markup: string): Diagnostic {
  // Record values are escaped, so a tag in the output comes from the template: find it there.
  const needle = p.tag ? `<${p.kind === 'stray-close' ? '/' : ''}${p.tag}` : markup.slice(p.offset, p.offset + 20).trim();
  const at = templateSource ? templateSource.indexOf(needle) : -1;
  const vi: Record<MarkupProblem['kind'], string> = {
    'unknown-tag': `Thẻ \`<${p.tag}>\` không thuộc tập thẻ mẫu được dùng (h1–h4, p, strong, em, ul, ol, li, table, tr, th, td, br)`,
    misplaced: p.tag ? `Thẻ \`<${p.tag}>\` đặt sai chỗ` : 'Chữ nằm ngoài mọi đoạn (<p>) hay tiêu đề',
    unclosed: `Thẻ \`<${p.tag}>\` chưa được đóng`,
    'stray-close': `Thẻ đóng \`</${p.tag}>\` không có thẻ mở tương ứng`,
  };
  const en: Record<MarkupProblem['kind'], string> = {
    'unknown-tag': `Tag \`<${p.tag}>\` is outside the template markup subset (h1–h4, p, strong, em, ul, ol, li, table, tr, th, td, br)`,
    misplaced: p.tag ? `Tag \`<${p.tag}>\` is misplaced` : 'Text outside any paragraph (<p>) or heading',
    unclosed: `Tag \`<${p.tag}>\` is not closed`,
    'stray-close': `Closing tag \`</${p.tag}>\` has no opening tag`,
  };
  return diagnostic({
    file,
    ruleId: `template/${p.kind}`,
    stage: 'template',
    message: t(vi[p.kind], en[p.kind]),
    ...(templateSource && at >= 0 ? { start: positionAt(templateSource, at) } : {}),
  });
}

function mapInlines(content: readonly Inline[], f: (s: string) => string): Inline[] {
  return content.map((n) => (n.kind === 'text' ? { ...n, text: f(n.text) } : n));
}

export function mapBodyText(blocks: readonly Block[], f: (s: string) => string): Block[] {
  return blocks.map((b): Block => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        return { ...b, content: mapInlines(b.content, f) };
      case 'list':
        return { ...b, items: b.items.map((it) => mapInlines(it, f)) };
      case 'table':
        return {
          ...b,
          ...(b.header ? { header: b.header.map((c) => mapInlines(c, f)) } : {}),
          rows: b.rows.map((r) => r.map((c) => mapInlines(c, f))),
        };
      case 'chart':
        return { ...b, title: f(b.title), categoryLabel: f(b.categoryLabel), valueLabel: f(b.valueLabel), categories: b.categories.map(f) };
    }
  });
}

function mapFrameText(frame: Frame, f: (s: string) => string): Frame {
  return {
    ...frame,
    issuers: frame.issuers.map((i) => ({ ...(i.parent ? { parent: f(i.parent) } : {}), name: f(i.name) })),
    summary: frame.summary.map(f),
    ...(frame.to ? { to: frame.to.map(f) } : {}),
    signatures: frame.signatures.map((s) => ({ ...s, ...(s.authority ? { authority: f(s.authority) } : {}), position: f(s.position) })),
    recipients: frame.recipients.map(f),
  };
}

/** "khu vực phòng thủ (KVPT)" at the first use in the document, the short form after it. */
function expandFirstUse(blocks: readonly Block[], table: Readonly<Record<string, string>>): Block[] {
  const seen = new Set<string>();
  return mapBodyText(blocks, (s) => expandAbbreviations(s, table, seen));
}

export function appendBodyEnd(blocks: Block[], end: string): Block[] {
  if (!end) return blocks;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph') continue;
    const content = [...b.content];
    const last = content[content.length - 1];
    if (last?.kind === 'text') content[content.length - 1] = { ...last, text: last.text.replace(/[.;:,]?\s*$/, '') + end };
    const out = [...blocks];
    out[i] = { ...b, content };
    return out;
  }
  return blocks;
}
