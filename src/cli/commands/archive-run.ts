// `baocao archive` at work: check the options, take the archive folder (lock, foreign files), build
// or verify or merge, print each record's outcome and every problem, and decide the exit code.
import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { escapeControls, formatDiagnostics, type Lang } from '../../diagnostics/reporter.js';
import { writeFailureText } from '../../host/errno.js';
import { nodeHost } from '../../host/host.js';
import { builtinTemplatesDir } from '../../host/paths.js';
import type { BatchResult } from '../../pipeline/batch.js';
import { lockOutFolder, removeOrphanTemps } from '../../pipeline/out-folder.js';
import { readManifest, runArchive, type ArchiveOutcome } from '../../archive/build.js';
import { foreignFiles } from '../../archive/foreign.js';
import { isYear, UNKNOWN_YEAR } from '../../archive/layout.js';
import { mergeShards } from '../../archive/merge.js';
import { parseShard, type Shard } from '../../archive/shard.js';
import { rebuildAndCompare, verifyArchive, type VerifyProblem } from '../../archive/verify.js';
import { EXIT, type ExitCode } from '../exit.js';
import { collectRecordFiles } from '../inputs.js';
import { createProgress, type Progress } from '../progress.js';
import type { ArchiveCliOptions, ArchiveMergeCliOptions } from './archive.js';

const say = (lang: Lang, vi: string, en: string) => (lang === 'en' ? en : vi);

function usage(lang: Lang, vi: string, en: string): ExitCode {
  process.stderr.write(`baocao archive: ${say(lang, vi, en)}\n`);
  return EXIT.usage;
}

function templateProblem(lang: Lang, dirs: readonly string[]): ExitCode | undefined {
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      return usage(lang, `--templates \`${dir}\` không phải là thư mục có sẵn — cần thư mục chứa mẫu riêng của đơn vị`, `--templates \`${dir}\` is not an existing folder`);
    }
  }
  return undefined;
}

export async function runArchiveCommand(paths: string[], opts: ArchiveCliOptions): Promise<ExitCode> {
  if (opts.lang !== 'vi' && opts.lang !== 'en') return usage('vi', `--lang chỉ nhận vi hoặc en (đã cho: \`${String(opts.lang)}\`)`, '--lang takes vi or en');
  const lang = opts.lang;
  if (opts.rebuild && !opts.verify) return usage(lang, '--rebuild chỉ dùng cùng --verify', '--rebuild goes with --verify');
  const bad = templateProblem(lang, opts.templates ?? []);
  if (bad !== undefined) return bad;
  const asked = opts.jobs === undefined ? undefined : Number(opts.jobs);
  if (asked !== undefined && !(Number.isInteger(asked) && asked >= 1)) return usage(lang, `--jobs cần một số nguyên dương, không phải "${opts.jobs}"`, `--jobs needs a positive integer, not "${opts.jobs}"`);
  // More threads than cores only adds memory (each worker loads fonts and pdfmake).
  const jobs = asked === undefined ? undefined : Math.min(asked, Math.max(1, availableParallelism()));
  const engineDirs = [...(opts.templates ?? []), builtinTemplatesDir()];
  if (opts.verify) {
    if (opts.shard !== undefined || opts.year !== undefined) return usage(lang, '--verify kiểm tra cả kho: không dùng cùng --shard hay --year', '--verify checks a whole archive: not with --shard or --year');
    if (paths.length > 1) return usage(lang, '--verify nhận một thư mục kho', '--verify takes one archive folder');
    return verify(paths[0] ?? opts.out, opts, engineDirs, jobs);
  }

  let shard: Shard | undefined;
  if (opts.shard !== undefined) {
    const parsed = parseShard(opts.shard);
    if (!parsed.shard) return usage(lang, parsed.error!.vi, parsed.error!.en);
    shard = parsed.shard;
  }
  if (opts.year !== undefined && !isYear(opts.year) && opts.year !== UNKNOWN_YEAR) {
    return usage(lang, `--year cần năm bốn chữ số (đã cho: \`${opts.year}\`)`, `--year needs a four-digit year (got \`${opts.year}\`)`);
  }
  if (opts.year !== undefined) {
    // The other years are kept as built: one archive must not mix PDFs with and without their records.
    const previous = await readManifest(opts.out);
    if (previous && (previous.attachSource === true) !== opts.attachSource) {
      return usage(
        lang,
        `kho \`${opts.out}\` được dựng ${previous.attachSource ? 'có' : 'không có'} --attach-source: dựng --year cũng phải như vậy (hoặc dựng lại cả kho)`,
        `\`${opts.out}\` was built ${previous.attachSource ? 'with' : 'without'} --attach-source: a --year build must match (or rebuild the whole archive)`,
      );
    }
  }
  const inputs = await collectRecordFiles(paths.length > 0 ? paths : ['data']);
  if (inputs.missing.length > 0) return usage(lang, `không tìm thấy ${inputs.missing.join(', ')}`, `not found: ${inputs.missing.join(', ')}`);
  return withArchiveFolder(opts.out, lang, opts.force, async (archiveDir) => {
    const color = opts.color && process.stderr.isTTY === true && !process.env.NO_COLOR;
    const progress = createProgress(process.stderr, opts.progress && process.stderr.isTTY === true);
    const outcome = await runArchive(nodeHost, inputs.files, {
      archiveDir,
      templateDirs: engineDirs,
      incremental: opts.cache,
      ...(opts.attachSource ? { attachSource: true } : {}),
      ...(jobs !== undefined ? { jobs } : {}),
      ...(shard ? { shard } : {}),
      ...(opts.year !== undefined ? { year: opts.year } : {}),
      onResult: (r, done, total) => {
        printResult(r, lang, color, progress);
        progress.update(done, total, r.file);
      },
    });
    progress.end();
    return finish(outcome, opts.out, lang, color);
  });
}

/** Runs `work` holding the folder's lock, after the foreign-file check; the lock is always released. */
async function withArchiveFolder(out: string, lang: Lang, force: boolean, work: (archiveDir: string) => Promise<ExitCode>): Promise<ExitCode> {
  if (existsSync(out) && !statSync(out).isDirectory()) return usage(lang, `\`${out}\` không phải là thư mục — --out cần một thư mục`, `\`${out}\` is not a folder — --out needs one`);
  const foreign = await foreignFiles(out);
  if (foreign.length > 0 && !force) {
    const shown = foreign.slice(0, 10).map((f) => `  ${escapeControls(f)}\n`).join('') + (foreign.length > 10 ? `  … (${foreign.length})\n` : '');
    process.stderr.write(
      say(
        lang,
        `baocao archive: thư mục \`${out}\` có ${foreign.length} tệp không thuộc kho lưu trữ trước (không có trong manifest.json của nó), nên không ghi đè:\n${shown}Chọn thư mục khác, hoặc thêm --force để ghi vào đó và xóa các tệp này.\n`,
        `baocao archive: \`${out}\` holds ${foreign.length} file(s) no previous archive there lists (not in its manifest.json), so it is not overwritten:\n${shown}Choose another folder, or add --force to write there and remove these files.\n`,
      ),
    );
    return EXIT.usage;
  }
  let lock;
  try {
    lock = await lockOutFolder(out);
  } catch (err) {
    return usage(lang, writeFailureText(err, out).vi, writeFailureText(err, out).en);
  }
  if ('heldBy' in lock) {
    return usage(lang, `thư mục \`${out}\` đang được một lần chạy khác dùng (tiến trình ${lock.heldBy}); hãy chờ lần đó xong rồi chạy lại`, `\`${out}\` is in use by another run (process ${lock.heldBy}); wait for it to finish, then run again`);
  }
  try {
    // A killed run's temporary files may lie in out/, out/<year>/ and out/<year>/<id>/.
    await removeOrphanTemps(out);
    for (const e of await readdir(out, { withFileTypes: true })) if (e.isDirectory()) await removeOrphanTemps(join(out, e.name));
    return await work(resolve(out));
  } finally {
    await lock.release();
  }
}

function printResult(r: BatchResult, lang: Lang, color: boolean, progress: Progress): void {
  if (r.diagnostics.length > 0) {
    const sources = new Map(r.source !== undefined ? [[r.file, r.source]] : []);
    progress.log(process.stderr, formatDiagnostics(r.diagnostics, { lang, format: 'human', color, sources }));
  }
  const mark = hasErrors(r.diagnostics) ? say(lang, 'lỗi', 'failed') : r.cached ? say(lang, 'không đổi', 'unchanged') : 'ok';
  progress.log(process.stdout, escapeControls(`${mark}  ${r.file}`) + '\n');
}

function finish(outcome: Omit<ArchiveOutcome, 'results'> & { results?: BatchResult[] }, out: string, lang: Lang, color: boolean): ExitCode {
  const yearProblems: Diagnostic[] = outcome.diagnostics;
  if (yearProblems.length > 0) process.stderr.write(formatDiagnostics(yearProblems, { lang, format: 'human', color }));
  const m = outcome.manifest;
  const failed = m.records.filter((r) => r.status === 'failed').length;
  const years = new Set(m.records.map((r) => r.year)).size;
  process.stdout.write(
    say(
      lang,
      `Kho ${out}${m.shard ? ` (phần ${m.shard})` : ''}: ${m.records.length - failed}/${m.records.length} hồ sơ đã lưu, ${failed} hồ sơ lỗi (ghi trong manifest.json); ${years} năm, ${m.files.length} tệp.\n`,
      `Archive ${out}${m.shard ? ` (shard ${m.shard})` : ''}: ${m.records.length - failed}/${m.records.length} record(s) archived, ${failed} failed (listed in manifest.json); ${years} year(s), ${m.files.length} file(s).\n`,
    ),
  );
  return failed > 0 || hasErrors(yearProblems) ? EXIT.failed : EXIT.ok;
}

const PROBLEM_WORDS: Record<VerifyProblem['kind'], { vi: string; en: string }> = {
  differs: { vi: 'khác', en: 'differs' },
  missing: { vi: 'thiếu', en: 'missing' },
  extra: { vi: 'thừa', en: 'extra' },
};

function printProblems(problems: readonly VerifyProblem[], lang: Lang, prefix: { vi: string; en: string }): void {
  for (const p of problems) process.stdout.write(escapeControls(`${say(lang, prefix.vi, prefix.en)}${PROBLEM_WORDS[p.kind][lang]}  ${p.path}`) + '\n');
}

async function verify(dir: string, opts: ArchiveCliOptions, engineDirs: string[], jobs: number | undefined): Promise<ExitCode> {
  const lang = opts.lang;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return usage(lang, `không tìm thấy thư mục kho \`${dir}\``, `archive folder \`${dir}\` not found`);
  const result = await verifyArchive(dir);
  if (!result.manifest) {
    process.stderr.write(say(lang, `baocao archive: \`${dir}\` không có manifest.json đọc được: không có gì để kiểm tra\n`, `baocao archive: \`${dir}\` has no readable manifest.json: nothing to verify against\n`));
    return EXIT.failed;
  }
  printProblems(result.problems, lang, { vi: '', en: '' });
  const n = result.problems.length;
  process.stdout.write(
    say(
      lang,
      n === 0 ? `Kho ${dir}: ${result.checked} tệp khớp manifest.json.\n` : `Kho ${dir}: ${n} tệp không khớp manifest.json (trong ${result.checked} tệp).\n`,
      n === 0 ? `Archive ${dir}: ${result.checked} file(s) match manifest.json.\n` : `Archive ${dir}: ${n} file(s) do not match manifest.json (of ${result.checked}).\n`,
    ),
  );
  if (!opts.rebuild) return n === 0 ? EXIT.ok : EXIT.failed;
  const again = await rebuildAndCompare(nodeHost, dir, result.manifest, { templateDirs: engineDirs, ...(jobs !== undefined ? { jobs } : {}) });
  printProblems(again.problems, lang, { vi: 'dựng lại: ', en: 'rebuilt: ' });
  process.stdout.write(
    say(
      lang,
      again.problems.length === 0
        ? `Dựng lại ${again.rebuilt} hồ sơ từ kho: mọi tệp giống từng byte.\n`
        : `Dựng lại ${again.rebuilt} hồ sơ từ kho: ${again.problems.length} tệp không giống bản trong kho.\n`,
      again.problems.length === 0
        ? `Rebuilt ${again.rebuilt} record(s) from the archive: every file is byte-identical.\n`
        : `Rebuilt ${again.rebuilt} record(s) from the archive: ${again.problems.length} file(s) differ from the archived ones.\n`,
    ),
  );
  return n === 0 && again.problems.length === 0 ? EXIT.ok : EXIT.failed;
}

export async function runArchiveMerge(dirs: string[], opts: ArchiveMergeCliOptions): Promise<ExitCode> {
  if (opts.lang !== 'vi' && opts.lang !== 'en') return usage('vi', `--lang chỉ nhận vi hoặc en (đã cho: \`${String(opts.lang)}\`)`, '--lang takes vi or en');
  const lang = opts.lang;
  const bad = templateProblem(lang, opts.templates ?? []);
  if (bad !== undefined) return bad;
  const missing = dirs.filter((d) => !existsSync(d) || !statSync(d).isDirectory());
  if (missing.length > 0) return usage(lang, `không tìm thấy thư mục ${missing.join(', ')}`, `folder(s) not found: ${missing.join(', ')}`);
  const engineDirs = [...(opts.templates ?? []), builtinTemplatesDir()];
  return withArchiveFolder(opts.out, lang, opts.force, async (archiveDir) => {
    const merged = await mergeShards(nodeHost, dirs, { archiveDir, templateDirs: engineDirs });
    for (const e of merged.errors) process.stderr.write(`baocao archive merge: ${e[lang]}\n`);
    if (!merged.outcome) return EXIT.failed;
    return finish(merged.outcome, opts.out, lang, opts.color && process.stderr.isTTY === true && !process.env.NO_COLOR);
  });
}
