// `baocao check` at work: load, validate and lint every record, print every diagnostic, and with
// --fix apply the safe typography fixes in place.
import { count, t, type Diagnostic, type Text } from '../../diagnostics/diagnostic.js';
import { escapeControls, formatDiagnostics, formatSummary } from '../../diagnostics/reporter.js';
import { nodeHost, type Host } from '../../host/host.js';
import { crossRecordLints, type CheckedRecord } from '../../record/cross.js';
import { loadRecord, type Linter } from '../../record/index.js';
import { fixRecordSource, lintRecord } from '../../typography/index.js';
import { EXIT, type ExitCode } from '../exit.js';
import { lintHeader } from '../lints/header.js';
import { lintProfile } from '../lints/profile.js';
import { collectRecordFiles } from '../inputs.js';
import type { CheckOptions } from './check.js';

export type { CheckOptions } from './check.js';

/** Checks beyond schema and rules, each `(loaded, record) → Diagnostic[]`; a new lint is one entry here. */
export const LINTERS: readonly Linter[] = [(loaded, record) => lintRecord(loaded, record), lintHeader, lintProfile];

export interface CheckOutput {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
}

const processOutput: CheckOutput = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: process.stdout.isTTY === true,
};

export async function runCheck(
  paths: readonly string[],
  opts: CheckOptions,
  host: Host = nodeHost,
  out: CheckOutput = processOutput,
  linters: readonly Linter[] = LINTERS,
): Promise<ExitCode> {
  const usage = badUsage(opts);
  if (usage) {
    out.stderr(`baocao check: ${usage[opts.lang === 'en' ? 'en' : 'vi']}\n`);
    return EXIT.usage;
  }
  const inputs = await collectRecordFiles(paths);
  if (inputs.missing.length > 0) {
    for (const m of inputs.missing)
      out.stderr(
        opts.lang === 'vi'
          ? `baocao check: không tìm thấy \`${m}\` (không có tệp hay thư mục nào như vậy)\n`
          : `baocao check: \`${m}\` not found (no such file or folder)\n`,
      );
    return EXIT.usage;
  }
  const color = opts.color && out.isTTY && !process.env.NO_COLOR;
  const all: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const checked: CheckedRecord[] = [];
  for (const file of inputs.files) {
    let result = await loadRecord(host, file, { linters });
    if (opts.fix && result.record) {
      const fixed = fixRecordSource(result.loaded.source, file, result.record);
      if (fixed.applied > 0) {
        await host.writeFileAtomic(file, fixed.source);
        out.stderr(escapeControls(opts.lang === 'vi' ? `đã sửa ${fixed.applied} chỗ trong ${file}` : `fixed ${fixed.applied} place(s) in ${file}`) + '\n');
        result = await loadRecord(host, file, { linters });
      }
    }
    sources.set(file, result.loaded.source);
    if (result.record) checked.push({ file, loaded: result.loaded, record: result.record });
    all.push(...result.diagnostics);
    // Printed per file as it is checked, so a long run shows progress.
    if (opts.format === 'human') out.stdout(formatDiagnostics(result.diagnostics, { lang: opts.lang, format: 'human', color, sources }));
  }
  // Found only once every record is read, so printed after the per-file lines.
  const cross = crossRecordLints(checked);
  all.push(...cross);
  if (opts.format === 'human' && cross.length > 0) out.stdout(formatDiagnostics(cross, { lang: opts.lang, format: 'human', color, sources }));
  if (opts.format === 'json') out.stdout(formatDiagnostics(all, { lang: opts.lang, format: 'json', color: false }));
  else {
    if (inputs.files.length === 0)
      out.stdout(opts.lang === 'vi' ? `Không có hồ sơ (.yaml, .yml) nào trong ${paths.join(', ')}\n` : `No records (.yaml, .yml) in ${paths.join(', ')}\n`);
    out.stdout(formatSummary(all, inputs.files.length, opts.lang));
  }
  const c = count(all);
  return c.errors > 0 || (opts.strict && c.warnings > 0) ? EXIT.failed : EXIT.ok;
}

function badUsage(opts: CheckOptions): Text | undefined {
  if (opts.lang !== 'vi' && opts.lang !== 'en') return t(`--lang chỉ nhận vi hoặc en (đã cho: \`${String(opts.lang)}\`)`, '');
  if (opts.format !== 'human' && opts.format !== 'json') return t(`--format chỉ nhận human hoặc json (đã cho: \`${String(opts.format)}\`)`, `--format takes human or json (given: \`${String(opts.format)}\`)`);
  return undefined;
}
