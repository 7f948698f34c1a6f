// `baocao report` at work: collect the records, build them through the batch (cache, workers),
// print one line per record and every diagnostic, and decide the exit code for main.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { writeFailureText } from '../../host/errno.js';
import { lockOutFolder, removeOrphanTemps, type OutLock } from '../../pipeline/out-folder.js';
import { nodeHost } from '../../host/host.js';
import { builtinTemplatesDir } from '../../host/paths.js';
import { runBatch, type BatchResult } from '../../pipeline/batch.js';
import { createProgress, type Progress } from '../progress.js';
import { DEFAULT_FORMATS, RENDERER_NAMES, type RendererName } from '../../render/names.js';
import { KIND_BY_CODE } from '../../layout/document-forms.js';
import { escapeControls, formatDiagnostics, formatSummary, type Lang } from '../../diagnostics/reporter.js';
import { hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { collectRecordFiles } from '../inputs.js';
import { EXIT, type ExitCode } from '../exit.js';
import { sayUsage } from '../usage.js';
import { t } from '../../diagnostics/diagnostic.js';
import type { ReportCliOptions } from './report.js';

export async function runReport(paths: string[], opts: ReportCliOptions): Promise<ExitCode> {
  const usage = (vi: string, en: string): ExitCode => (sayUsage('report', opts.lang, t(vi, en)), EXIT.usage);
  if (opts.lang !== 'vi' && opts.lang !== 'en') return usage(`--lang chỉ nhận vi hoặc en (đã cho: \`${String(opts.lang)}\`)`, '');
  if (opts.format !== 'human' && opts.format !== 'json') {
    return usage(`--format chỉ nhận human hoặc json (đã cho: \`${String(opts.format)}\`)`, `--format takes human or json (given: \`${String(opts.format)}\`)`);
  }
  const formats: RendererName[] = opts.only ? (opts.only.split(',') as RendererName[]) : [...DEFAULT_FORMATS];
  const bad = formats.filter((f) => !RENDERER_NAMES.includes(f));
  if (bad.length > 0) return usage(`định dạng không hỗ trợ: ${bad.join(', ')} (có: ${RENDERER_NAMES.join(', ')})`, `unsupported format: ${bad.join(', ')} (there are: ${RENDERER_NAMES.join(', ')})`);
  const codes = opts.docs === undefined ? undefined : opts.docs.split(',').map((c) => c.trim()).filter((c) => c !== '');
  const unknownCodes = (codes ?? []).filter((c) => !KIND_BY_CODE.has(c));
  if (unknownCodes.length > 0 || (codes !== undefined && codes.length === 0)) {
    const known = [...KIND_BY_CODE.keys()].join(', ');
    return usage(`--docs không nhận \`${unknownCodes.join(', ')}\` (có: ${known})`, `--docs does not take \`${unknownCodes.join(', ')}\` (there are: ${known})`);
  }
  const kinds = codes?.map((c) => KIND_BY_CODE.get(c)!);
  const inputs = await collectRecordFiles(paths);
  if (inputs.missing.length > 0) {
    for (const m of inputs.missing) sayUsage('report', opts.lang, t(`không tìm thấy \`${m}\` (không có tệp hay thư mục nào như vậy)`, `\`${m}\` not found (no such file or folder)`));
    return EXIT.usage;
  }
  if (existsSync(opts.out) && !statSync(opts.out).isDirectory()) {
    return usage(`\`${opts.out}\` không phải là thư mục — --out cần một thư mục để ghi văn bản`, `\`${opts.out}\` is not a folder — --out needs a folder to write the documents in`);
  }
  for (const dir of opts.templates ?? []) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      return usage(`--templates \`${dir}\` không phải là thư mục có sẵn — cần thư mục chứa mẫu riêng của đơn vị`, `--templates \`${dir}\` is not an existing folder — it needs the unit's own templates folder`);
    }
  }
  const asked = opts.jobs === undefined ? undefined : Number(opts.jobs);
  if (asked !== undefined && !(Number.isInteger(asked) && asked >= 1)) {
    return usage(`--jobs cần một số nguyên dương, không phải "${opts.jobs}"`, `--jobs needs a positive whole number, not "${opts.jobs}"`);
  }
  // More threads than cores only adds memory (each worker loads fonts and pdfmake).
  const jobs = asked === undefined ? undefined : Math.min(asked, Math.max(1, availableParallelism()));
  let lock: OutLock;
  try {
    lock = await lockOutFolder(opts.out);
  } catch (err) {
    process.stderr.write(`baocao report: ${writeFailureText(err, opts.out)[opts.lang]}\n`);
    return EXIT.usage;
  }
  if ('heldBy' in lock) {
    process.stderr.write(
      opts.lang === 'vi'
        ? `baocao report: thư mục \`${opts.out}\` đang được một lần chạy khác dùng (tiến trình ${lock.heldBy}); hãy chờ lần đó xong rồi chạy lại\n`
        : `baocao report: \`${opts.out}\` is in use by another run (process ${lock.heldBy}); wait for it to finish, then run again\n`,
    );
    return EXIT.usage;
  }
  try {
    await removeOrphanTemps(opts.out);
    return await build(inputs.files, formats, kinds, jobs, opts);
  } finally {
    await lock.release();
  }
}

async function build(files: string[], formats: RendererName[], kinds: string[] | undefined, jobs: number | undefined, opts: ReportCliOptions): Promise<ExitCode> {
  const color = opts.color && process.stdout.isTTY === true;
  const progress = createProgress(process.stderr, opts.progress && opts.format === 'human' && process.stderr.isTTY === true);
  const results = await runBatch(nodeHost, files, {
    outDir: opts.out,
    formats,
    templateDirs: [...(opts.templates ?? []), builtinTemplatesDir()],
    ...(kinds ? { kinds } : {}),
    ...(jobs !== undefined ? { jobs } : {}),
    incremental: opts.cache,
    onResult: (r, done, total) => {
      if (opts.format === 'human') printResult(r, opts.lang, color, progress);
      progress.update(done, total, r.file);
    },
  });
  progress.end();
  const all: Diagnostic[] = results.flatMap((r) => r.diagnostics);
  if (opts.format === 'json') {
    process.stdout.write(
      JSON.stringify(
        {
          records: results.map((r) => ({ file: r.file, id: r.id ?? null, written: r.written.map((w) => w.path), unchanged: r.unchanged ?? [], ok: !hasErrors(r.diagnostics) })),
          diagnostics: JSON.parse(formatDiagnostics(all, { lang: opts.lang, format: 'json', color: false })),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    const failed = results.filter((r) => hasErrors(r.diagnostics)).length;
    // Written and skipped are counted apart: "không đổi" is said only of files this run did not write.
    const written = results.reduce((n, r) => n + r.written.length, 0);
    const kept = results.reduce((n, r) => n + (r.unchanged?.length ?? 0), 0);
    process.stdout.write(
      opts.lang === 'vi'
        ? `Đã ghi ${written} tệp, ${kept} tệp không đổi; ${results.length - failed}/${results.length} hồ sơ thành công. ${formatSummary(all, results.length, 'vi')}`
        : `Wrote ${written} file(s), ${kept} unchanged; ${results.length - failed}/${results.length} record(s) built. ${formatSummary(all, results.length, 'en')}`,
    );
  }
  return results.some((r) => hasErrors(r.diagnostics)) ? EXIT.failed : EXIT.ok;
}

function printResult(r: BatchResult, lang: Lang, color: boolean, progress: Progress): void {
  const failed = hasErrors(r.diagnostics);
  if (r.diagnostics.length > 0) {
    const sources = new Map(r.source !== undefined ? [[r.file, r.source]] : []);
    progress.log(process.stderr, formatDiagnostics(r.diagnostics, { lang, format: 'human', color, sources }));
  }
  const mark = failed ? (lang === 'vi' ? 'bỏ qua' : 'skipped') : r.cached ? (lang === 'vi' ? 'không đổi' : 'unchanged') : 'ok';
  const paths = r.cached ? (r.unchanged ?? []) : r.written.map((w) => w.path);
  progress.log(process.stdout, escapeControls(`${mark}  ${r.file}${paths.length ? '  → ' + paths.join(', ') : ''}`) + '\n');
}
