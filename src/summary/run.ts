// One summary end to end: load and check every record, keep those in range (and of the organiser
// asked for), aggregate, compose the model, render every format, and write them all or none.
// A record that fails `check` is named in a diagnostic and in the document, never silently dropped.
import { writeFailureText } from '../host/errno.js';
import { slug } from '../typography/slug.js';
import { basename, join } from 'node:path';
import { diagnostic, hasErrors, t, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Host } from '../host/host.js';
import { PROFILES, type ProfileId } from '../layout/profiles.js';
import type { DocumentModel } from '../document/model.js';
import { loadRecord } from '../record/index.js';
import { recordProfileId } from '../record/profile.js';
import type { ConferenceRecord, Organizer } from '../record/types.generated.js';
import { renderers, type RendererName } from '../render/index.js';
import type { TemplateEngine } from '../template/engine.js';
import { compareVi } from '../typography/index.js';
import { aggregate, compareConferences, organizerLabel, type SummaryData, type SummaryRecord } from './aggregate.js';
import { composeSummary } from './compose.js';
import { placeDate, type SummaryRange } from './range.js';

export const SUMMARY_BASENAME = 'bao-cao-tong-hop';

export interface SummaryOptions {
  readonly range: SummaryRange;
  /** Code or name of an organiser: only its conferences, and the summary in its name. */
  readonly organizer?: string;
  readonly profile?: ProfileId;
  readonly outDir: string;
  readonly formats: readonly RendererName[];
  readonly engine: TemplateEngine;
}

export interface SummaryResult {
  readonly written: { path: string; bytes: number }[];
  readonly diagnostics: Diagnostic[];
  /** Sources of the records, so the reporter can quote a line. */
  readonly sources: Map<string, string>;
  readonly data?: SummaryData;
  readonly model?: DocumentModel;
  /** How many records were in range and summarised, and how many were left out for errors. */
  readonly included: number;
  readonly failed: number;
}

const norm = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');

export function matchesOrganizer(o: Organizer, wanted: string): boolean {
  return norm(o.code) === norm(wanted) || norm(o.name) === norm(wanted) || norm(organizerLabel(o)) === norm(wanted);
}

/** A folder-safe name: "ĐUQS" → "duqs", "Ủy ban nhân dân tỉnh Lai Châu" → "uy-ban-nhan-dan-tinh-lai-chau". */
export { slug };

export function summaryDir(outDir: string, range: SummaryRange, organizer?: Organizer): string {
  return join(outDir, 'tong-hop', organizer ? `${range.slug}-${slug(organizer.code)}` : range.slug);
}

/** The profile: asked for, else the organiser's, else the one most records use (nd30 on a tie). */
function chooseProfile(records: readonly ConferenceRecord[], asked: ProfileId | undefined, organizer: Organizer | undefined): ProfileId {
  if (asked) return asked;
  if (organizer?.system) return organizer.system === 'đảng' ? 'hd36' : 'nd30';
  const tally = new Map<ProfileId, number>();
  for (const r of records) {
    const id = recordProfileId(r);
    if (id) tally.set(id, (tally.get(id) ?? 0) + 1);
  }
  return [...tally].sort((a, b) => b[1] - a[1] || (a[0] === 'nd30' ? -1 : b[0] === 'nd30' ? 1 : a[0].localeCompare(b[0])))[0]?.[0] ?? 'nd30';
}

export async function runSummary(host: Host, files: readonly string[], options: SummaryOptions): Promise<SummaryResult> {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const chosen: SummaryRecord[] = [];
  const failed: string[] = [];
  const undated: string[] = [];
  for (const file of files) {
    const loaded = await loadRecord(host, file);
    if (loaded.loaded.source !== undefined) sources.set(file, loaded.loaded.source);
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    if (!loaded.record || errors.length > 0) {
      // Whether a broken record is in range may be unknowable: it is named and counted, not guessed about.
      failed.push(basename(file));
      diagnostics.push(...errors);
      continue;
    }
    const record = loaded.record;
    if (options.organizer !== undefined && !record.organizers.some((o) => matchesOrganizer(o, options.organizer!))) continue;
    const place = placeDate(record.date, options.range);
    if (place === 'undated') undated.push(basename(file));
    if (place === 'in') chosen.push({ id: loaded.id, record });
  }
  // The organiser's name, parent and place are taken from its earliest conference, whatever the file order.
  chosen.sort(compareConferences);
  failed.sort(compareVi);
  undated.sort(compareVi);
  if (chosen.length === 0) {
    diagnostics.push(
      diagnostic({
        file: files.length === 1 ? files[0]! : '.',
        ruleId: 'summary/no-records',
        stage: 'rules',
        message: t(
          `Không có hồ sơ hội nghị nào ${options.range.words}${options.organizer ? ` của \`${options.organizer}\`` : ''}: không dựng báo cáo tổng hợp`,
          `No conference records in ${options.range.slug}${options.organizer ? ` for \`${options.organizer}\`` : ''}: no summary was built`,
        ),
        hint: t('Kiểm tra --year/--from/--to, --organizer và thư mục hồ sơ.', 'Check --year/--from/--to, --organizer and the records folder.'),
      }),
    );
    return { written: [], diagnostics, sources, included: 0, failed: failed.length };
  }
  if (failed.length > 0) {
    diagnostics.push(
      diagnostic({
        file: '.',
        severity: 'warning',
        ruleId: 'summary/records-left-out',
        stage: 'rules',
        message: t(
          `${failed.length} hồ sơ có lỗi không được tổng hợp (báo cáo ghi rõ số này): ${failed.join(', ')}`,
          `${failed.length} record(s) with errors were left out (the summary says so): ${failed.join(', ')}`,
        ),
      }),
    );
  }

  const organizer = options.organizer !== undefined ? chosen[0]!.record.organizers.find((o) => matchesOrganizer(o, options.organizer!)) : soleOrganizer(chosen);
  const profile = PROFILES[chooseProfile(chosen.map((c) => c.record), options.profile, organizer)];
  const places = new Set(chosen.filter((c) => organizer && c.record.organizers[0]!.name === organizer.name).map((c) => c.record.place));
  const data = aggregate(chosen, options.range);
  const built = composeSummary(data, options.range, { failed, undated }, { ...(organizer ? { organizer } : {}), ...(places.size === 1 ? { place: [...places][0]! } : {}) }, profile, options.engine);
  diagnostics.push(...built.diagnostics);
  const base = { sources, data, included: chosen.length, failed: failed.length };
  if (!built.model || hasErrors(built.diagnostics)) return { ...base, written: [], diagnostics };

  const dir = summaryDir(options.outDir, options.range, options.organizer !== undefined ? organizer : undefined);
  const outputs: { path: string; data: Uint8Array }[] = [];
  for (const format of options.formats) {
    try {
      const bytes = await renderers[format].render(built.model, profile, { file: join(dir, SUMMARY_BASENAME) });
      outputs.push({ path: join(dir, `${SUMMARY_BASENAME}.${renderers[format].extension}`), data: bytes });
    } catch (err) {
      diagnostics.push(diagnostic({ file: dir, ruleId: 'render/failed', stage: 'internal', message: t(`Không dựng được tệp ${format.toUpperCase()}: ${String(err)}`, `Could not render ${format.toUpperCase()}: ${String(err)}`) }));
      return { ...base, model: built.model, written: [], diagnostics };
    }
  }
  const written: { path: string; bytes: number }[] = [];
  // As a set, like a record's documents: a failure leaves the previous summary whole, and the message
  // names the errno (disk full, read-only, no permission) in words.
  try {
    await host.writeSetAtomic(outputs);
    for (const o of outputs) written.push({ path: o.path, bytes: o.data.byteLength });
  } catch (err) {
    const path = (err as NodeJS.ErrnoException | undefined)?.path || dir;
    diagnostics.push(diagnostic({ file: path, ruleId: 'io/write-failed', stage: 'io', message: writeFailureText(err, path) }));
  }
  return { ...base, model: built.model, written, diagnostics };
}

/** The lead organiser when every conference in the summary has the same one; otherwise none (a blank issuer). */
function soleOrganizer(records: readonly SummaryRecord[]): Organizer | undefined {
  // Two bodies may share a code (every provincial military Party committee is ĐUQS): the name and superior tell them apart.
  const bodies = new Set(records.map((r) => [r.record.organizers[0]!.code, r.record.organizers[0]!.name, r.record.organizers[0]!.parent ?? ''].join('\u0000')));
  return bodies.size === 1 ? records[0]!.record.organizers[0] : undefined;
}
