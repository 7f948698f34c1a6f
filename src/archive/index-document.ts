// The archive's human index of a year: danh mục văn bản, one row per archived document (số và ký
// hiệu, ngày tháng, tên loại và trích yếu, cơ quan ban hành, its files), as an official document
// in the state or Party layout. Modelled on the annual summary (src/summary/compose.ts): the body
// comes from templates/archive/danh-muc-van-ban.hbs (overridable like every template) through the
// same markup parser and output passes. Rows quote what each document printed, so nothing here
// re-words a number or a trích yếu.
import { posix } from 'node:path';
import { appendBodyEnd, mapBodyText, markupDiagnostic } from '../compose/build.js';
import { committeeName } from '../compose/frame.js';
import { numberHeadings } from '../compose/labels.js';
import { MODEL_VERSION, type DocumentModel, type Frame } from '../document/model.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { documentForms, type DocumentForm } from '../layout/document-forms.js';
import { PROFILES, type LayoutProfile, type ProfileId } from '../layout/profiles.js';
import type { BuiltDocument } from '../pipeline/build-record.js';
import type { TemplateEngine } from '../template/engine.js';
import { parseMarkup } from '../template/markup.js';
import { compareVi, lowerFirst, lowerVi, normalizeText, parseIsoDate, shortDate, upperFirst, upperVi } from '../typography/index.js';

export const ARCHIVE_INDEX_TEMPLATE = 'archive/danh-muc-van-ban';

/** One row: a document as the build reported it (files archive-relative), and its record. */
export interface ArchiveIndexEntry extends BuiltDocument {
  readonly recordId: string;
}

/** What the date cell prints for a record without a date. */
export const DATE_UNKNOWN = 'chưa rõ';

/**
 * The date as the index prints it, unknown parts shown as unknown rather than guessed:
 * "22/8/2023", "…/8/2023" (no day), "năm 2024" (year only), "20/02/…" (no year).
 */
export function indexDate(date: string | undefined): string {
  if (date === undefined || date.trim() === '') return DATE_UNKNOWN;
  let d;
  try {
    d = parseIsoDate(date);
  } catch {
    // A date the record checks let through in another form is quoted, never dropped.
    return date;
  }
  if (d.year === undefined) return `${shortDate(d)}/…`;
  if (d.month === undefined) return `năm ${d.year}`;
  if (d.day === undefined) return `…/${shortDate(d)}`;
  return shortDate(d);
}

/** "Số: 05/BC-UBND" → "05/BC-UBND"; a draft's blank number ("Số:      /BC-UBND") → "…/BC-UBND". */
export function indexNumber(number: string): string {
  const bare = number.replace(/^\s*Số\s*:?/u, '').trim().replace(/\s{2,}/g, '…');
  if (bare === '') return '';
  return /^[/-]/.test(bare) ? `…${bare}` : bare;
}

/** Sort key of a partial date: unknown parts after every known one of the same period, no year last. */
function dateKey(date: string | undefined): [number, number, number] {
  try {
    const d = date ? parseIsoDate(date) : {};
    return [d.year ?? 99999, d.month ?? 13, d.day ?? 32];
  } catch {
    return [99999, 13, 32];
  }
}

/** The number's own digits ("05" of "Số: 05/BC-UBND"), so 9 comes before 10; a draft's blank number last. */
function numberKey(number: string): number {
  const m = /^\d+/.exec(indexNumber(number));
  return m ? Number(m[0]) : Number.POSITIVE_INFINITY;
}

const codeOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** By date, then number, then the number's text, record id and kind: a total order, whatever order 15a's build finished in. */
export function compareIndexEntries(a: ArchiveIndexEntry, b: ArchiveIndexEntry): number {
  const x = dateKey(a.date);
  const y = dateKey(b.date);
  const n = numberKey(a.number);
  const m = numberKey(b.number);
  return (
    x[0] - y[0] ||
    x[1] - y[1] ||
    x[2] - y[2] ||
    (n === m ? 0 : n < m ? -1 : 1) ||
    compareVi(a.number, b.number) ||
    codeOrder(a.recordId, b.recordId) ||
    codeOrder(a.kind, b.kind) ||
    codeOrder(a.files.join('\n'), b.files.join('\n'))
  );
}

/**
 * The layout of a year's index: Party when every entry is a Party document, state otherwise. The
 * index is the archive's own paper, not one body's: where a year mixes state and Party documents,
 * ND30 is the general rule for administrative documents while the Party guides bind only Party
 * bodies, so a mixed (or empty) year takes ND30. An all-Party year follows the newest Party rule
 * among its documents: the index is drawn up after the last of them.
 */
export function indexProfileFor(entries: readonly ArchiveIndexEntry[]): ProfileId {
  if (entries.length === 0) return 'nd30';
  const profiles = entries.map((e) => PROFILES[e.profile]);
  if (profiles.some((p) => p.system !== 'party')) return 'nd30';
  return profiles.reduce((newest, p) => (p.inForceFrom > newest.inForceFrom ? p : newest)).id;
}

/** Trích yếu of the index: "Văn bản về các hội nghị sơ kết, tổng kết năm 2023". */
export function indexTitle(year: string): string {
  return `văn bản về các hội nghị sơ kết, tổng kết ${/^\d{4}$/.test(year) ? `năm ${year}` : 'chưa rõ năm'}`;
}

/**
 * "BÁO CÁO" + "Sơ kết 1 năm …" → "Báo cáo sơ kết 1 năm …", the "tên loại và trích yếu" of archive
 * lists. A news piece has no tên loại: its docType is its headline, quoted as printed (lowering it
 * would lower the names in it).
 */
function kindAndSummary(e: ArchiveIndexEntry): string {
  const form = (documentForms(PROFILES[e.profile]) as Readonly<Record<string, DocumentForm | undefined>>)[e.kind];
  if (form?.layout === 'article') return `Tin bài: ${e.docType.trim()}`;
  const type = upperFirst(lowerVi(e.docType.trim()));
  const summary = e.summary.trim();
  // An acronym stays as it is ("UBND tỉnh …"); only a capital first word is lowered.
  const lead = /^\p{Lu}\p{Lu}/u.test(summary) ? summary : lowerFirst(summary);
  return summary === '' ? type : `${type} ${lead}`;
}

/** The folder the document's files share and their names; the folder alone when they share none. */
function fileCell(files: readonly string[]): { folder: string; names: string[] } {
  const sorted = [...files].sort(codeOrder);
  const dirs = new Set(sorted.map((f) => posix.dirname(f.replace(/\\/g, '/'))));
  if (dirs.size === 1 && ![...dirs][0]!.match(/^\.?$/)) {
    const folder = [...dirs][0]!;
    return { folder: `${folder}/`, names: sorted.map((f) => posix.basename(f.replace(/\\/g, '/'))) };
  }
  return { folder: '', names: sorted };
}

/**
 * Who draws the index up. Not guessed from the entries: an entry names its issuer without its
 * superior, and many bodies share a name ("ĐẢNG UỶ QUÂN SỰ TỈNH" of Điện Biên and of Hà Giang), so
 * equal names do not make one office. Given by the caller (the archive's owner), or left blank as a draft.
 */
export interface IndexIssuer {
  readonly parent?: string;
  readonly name: string;
}

export function indexContext(entries: readonly ArchiveIndexEntry[], year: string) {
  const sorted = [...entries].sort(compareIndexEntries);
  return {
    year,
    period: /^\d{4}$/.test(year) ? `năm ${year}` : 'chưa rõ năm',
    count: sorted.length,
    fileCount: sorted.reduce((n, e) => n + e.files.length, 0),
    rows: sorted.map((e, i) => {
      const cell = fileCell(e.files);
      return {
        no: i + 1,
        // Not `number`/`date`: those are helper names, and Handlebars calls helpers before it reads fields.
        symbol: indexNumber(e.number),
        day: indexDate(e.date),
        title: kindAndSummary(e),
        // A joint document's bodies one per line: " - " is bound by no-break spaces in print, and a
        // long pair would overrun its narrow column.
        issuers: e.issuer.split(' - ').map((s) => s.trim()).filter(Boolean),
        folder: cell.folder,
        files: cell.names,
        recordId: e.recordId,
        kind: e.kind,
      };
    }),
  };
}

function frame(year: string, profile: LayoutProfile, issuer: IndexIssuer | undefined): Frame {
  const title = indexTitle(year);
  // The archive line names the issuer's committee (HD 05 "Lưu Đảng ủy"); the drafting unit is no
  // one's in an archive list, so it goes with its comma, as when a record gives none.
  const archive = profile.recipients.archive
    .replace(/,?\s*\{unit\}/, '')
    .replace(/\s*\{committee\}/, issuer ? ` ${committeeName(issuer.name)}` : '')
    .trim();
  return {
    heading: profile.headingText,
    issuers: issuer ? [{ ...(issuer.parent ? { parent: upperVi(issuer.parent) } : {}), name: upperVi(issuer.name) }] : [],
    // A danh mục is an archive list, not an issued document: it takes no number (neither ND30 nor
    // HD 36 gives it a type code), so ô 3 stays empty rather than inventing one.
    number: '',
    docType: 'DANH MỤC',
    summary: [profile.summaryInitial === 'upper' ? upperFirst(title) : lowerFirst(title)],
    signatures: [{ position: '', name: '' }],
    recipients: [archive === 'Lưu' ? 'Lưu Văn phòng' : archive],
  };
}

export function composeArchiveIndex(
  entries: readonly ArchiveIndexEntry[],
  options: { year: string; profile: LayoutProfile; engine: TemplateEngine; issuer?: IndexIssuer },
): { model?: DocumentModel; diagnostics: Diagnostic[] } {
  const { year, profile, engine, issuer } = options;
  const rendered = engine.render(ARCHIVE_INDEX_TEMPLATE, indexContext(entries, year));
  if (rendered.markup === undefined) return { diagnostics: rendered.diagnostics };
  const parsed = parseMarkup(rendered.markup.normalize('NFC'));
  const diagnostics = [...rendered.diagnostics];
  for (const p of parsed.problems) diagnostics.push(markupDiagnostic(p, rendered.template?.file ?? ARCHIVE_INDEX_TEMPLATE, rendered.template?.source, rendered.markup));
  // Tone marks preserved: the rows quote documents laid out under different profiles ("Đảng uỷ" of
  // a Party document, "Đảng ủy" of a state one), and a quotation is not re-styled.
  const typesetCache = new Map<string, string>();
  const typeset = (s: string) => {
    let out = typesetCache.get(s);
    if (out === undefined) typesetCache.set(s, (out = normalizeText(s, { toneStyle: 'preserve' })));
    return out;
  };
  let body = numberHeadings(parsed.blocks, profile.headingLabels);
  body = appendBodyEnd(mapBodyText(body, typeset), profile.bodyEnd);
  const f = frame(year, profile, issuer);
  const summary = f.summary.map(typeset);
  const plain = (s: string) => s.replace(/\u00A0/g, ' ');
  return {
    model: {
      modelVersion: MODEL_VERSION,
      profile: profile.id,
      meta: {
        title: plain(`${f.docType} ${summary.join(' ')}`),
        subject: plain(summary.join(' ')),
        author: plain(issuer?.name ?? ''),
        // Stamped with the year's last day, never the clock: the same archive gives the same bytes.
        created: /^\d{4}$/.test(year) ? `${year}-12-31T00:00:00.000Z` : '1980-01-01T00:00:00.000Z',
        language: 'vi-VN',
      },
      frame: { ...f, summary, issuers: f.issuers.map((i) => ({ ...(i.parent ? { parent: typeset(i.parent) } : {}), name: typeset(i.name) })) },
      body,
    },
    diagnostics,
  };
}
