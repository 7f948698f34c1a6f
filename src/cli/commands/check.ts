// `baocao check [paths…]`: loads and validates every record under data/ (or the files and folders
// named) and prints every problem of every file, typography lints included. Exit 0 clean, 1 any
// error (or warning with --strict), 2 bad usage. It writes only with --fix, and then only the safe
// typography fixes, in place, keeping comments and layout.
import type { Command } from 'commander';
import { count, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatDiagnostics, formatSummary, type Lang, type ReportFormat } from '../../diagnostics/reporter.js';
import { nodeHost, type Host } from '../../host/host.js';
import { loadRecord, type Linter } from '../../record/index.js';
import { fixRecordSource, lintRecord } from '../../typography/index.js';
import { EXIT, type ExitCode } from '../exit.js';
import { collectRecordFiles } from '../inputs.js';

/** Checks beyond schema and rules, each `(loaded, record) → Diagnostic[]`; a new lint is one entry here. */
export const LINTERS: readonly Linter[] = [(loaded, record) => lintRecord(loaded, record)];

export interface CheckOptions {
  lang: Lang;
  format: ReportFormat;
  strict: boolean;
  color: boolean;
  fix?: boolean;
}

const HELP_TITLES: Record<string, string> = { 'Usage:': 'Cách dùng:', 'Arguments:': 'Tham số:', 'Options:': 'Tùy chọn:' };

export function registerCheck(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('check')
    .usage('[tùy-chọn] [hồ-sơ...]')
    .description('kiểm tra hồ sơ: cú pháp YAML, các trường theo mẫu, mã người, ngày tháng; không ghi tệp nào')
    .argument('[hồ-sơ...]', 'tệp .yaml/.yml hoặc thư mục chứa hồ sơ (mặc định: data)', ['data'])
    // Values are checked in runCheck rather than with commander's choices(), whose error is English.
    .option('--lang <ngôn-ngữ>', 'ngôn ngữ thông báo: vi (mặc định) hoặc en', 'vi')
    .option('--format <kiểu>', 'kiểu in: human (người đọc, mặc định) hoặc json (cho CI)', 'human')
    .option('--strict', 'coi cảnh báo là lỗi (mã thoát 1)', false)
    .option('--fix', 'sửa ngay trong tệp các lỗi trình bày an toàn (dấu thanh, dấu câu, khoảng trắng, dấu gạch), giữ nguyên chú thích và bố cục', false)
    .option('--no-color', 'không tô màu (chỉ tô màu khi in ra màn hình)')
    .helpOption('-h, --help', 'xem hướng dẫn')
    .configureHelp({
      styleTitle: (title) => HELP_TITLES[title] ?? title,
      // Defaults are already said in Vietnamese in each description; drop commander's "(default: …)".
      optionDescription: (option) => option.description,
      argumentDescription: (argument) => argument.description,
    })
    .addHelpText(
      'after',
      '\nMã thoát: 0 không có lỗi, 1 có lỗi trong hồ sơ, 2 dùng sai lệnh (ví dụ đường dẫn không tồn tại).\n' +
        'Ví dụ:\n  baocao check\n  baocao check data/hoi-nghi.yaml --lang en\n  baocao check data --format json\n  baocao check --fix data/hoi-nghi.yaml\n',
    )
    .action(async (paths: string[], opts: CheckOptions) => setExit(await runCheck(paths, opts)));
}

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
    out.stderr(`baocao check: ${usage}\n`);
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
  for (const file of inputs.files) {
    let result = await loadRecord(host, file, { linters });
    if (opts.fix && result.record) {
      const fixed = fixRecordSource(result.loaded.source, file, result.record);
      if (fixed.applied > 0) {
        await host.writeFileAtomic(file, fixed.source);
        out.stderr(opts.lang === 'vi' ? `đã sửa ${fixed.applied} chỗ trong ${file}\n` : `fixed ${fixed.applied} place(s) in ${file}\n`);
        result = await loadRecord(host, file, { linters });
      }
    }
    sources.set(file, result.loaded.source);
    all.push(...result.diagnostics);
    // Printed per file as it is checked, so a long run shows progress.
    if (opts.format === 'human') out.stdout(formatDiagnostics(result.diagnostics, { lang: opts.lang, format: 'human', color, sources }));
  }
  if (opts.format === 'json') out.stdout(formatDiagnostics(all, { lang: opts.lang, format: 'json', color: false }));
  else {
    if (inputs.files.length === 0)
      out.stdout(opts.lang === 'vi' ? `Không có hồ sơ (.yaml, .yml) nào trong ${paths.join(', ')}\n` : `No records (.yaml, .yml) in ${paths.join(', ')}\n`);
    out.stdout(formatSummary(all, inputs.files.length, opts.lang));
  }
  const c = count(all);
  return c.errors > 0 || (opts.strict && c.warnings > 0) ? EXIT.failed : EXIT.ok;
}

function badUsage(opts: CheckOptions): string | undefined {
  if (opts.lang !== 'vi' && opts.lang !== 'en') return `--lang chỉ nhận vi hoặc en (đã cho: \`${String(opts.lang)}\`)`;
  if (opts.format !== 'human' && opts.format !== 'json') return `--format chỉ nhận human hoặc json (đã cho: \`${String(opts.format)}\`)`;
  return undefined;
}
