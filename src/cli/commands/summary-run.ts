// `baocao summary` at work: check the options, collect the records, build the summary, print what
// was written and every diagnostic, and decide the exit code for main.
import { formatDiagnostics } from '../../diagnostics/reporter.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { nodeHost } from '../../host/host.js';
import { builtinTemplatesDir } from '../../host/paths.js';
import { PROFILE_IDS, type ProfileId } from '../../layout/profiles.js';
import { PRINT_FORMATS, RENDERER_NAMES, type RendererName } from '../../render/names.js';
import { parseRange } from '../../summary/range.js';
import { runSummary } from '../../summary/run.js';
import { TemplateEngine } from '../../template/engine.js';
import { EXIT, type ExitCode } from '../exit.js';
import { collectRecordFiles } from '../inputs.js';
import type { SummaryCliOptions } from './summary.js';

export async function runSummaryCommand(paths: string[], opts: SummaryCliOptions): Promise<ExitCode> {
  const usage = (vi: string, en: string) => {
    process.stderr.write(`baocao summary: ${opts.lang === 'en' ? en : vi}\n`);
    return EXIT.usage;
  };
  if (opts.lang !== 'vi' && opts.lang !== 'en') return usage(`--lang chỉ nhận vi hoặc en (đã cho: \`${String(opts.lang)}\`)`, '--lang takes vi or en');
  const { range, error } = parseRange(opts);
  if (!range) return usage(error!.vi, error!.en);
  if (opts.profile !== undefined && !PROFILE_IDS.includes(opts.profile as ProfileId)) {
    return usage(`--profile chỉ nhận ${PROFILE_IDS.join(', ')} (đã cho: \`${opts.profile}\`)`, `--profile takes ${PROFILE_IDS.join(', ')}`);
  }
  const formats: RendererName[] = opts.only ? (opts.only.split(',') as RendererName[]) : [...PRINT_FORMATS];
  if (formats.some((f) => !RENDERER_NAMES.includes(f))) return usage(`định dạng không hỗ trợ: ${opts.only} (có: ${RENDERER_NAMES.join(', ')})`, `unsupported format: ${opts.only}`);
  const inputs = await collectRecordFiles(paths);
  if (inputs.missing.length > 0) return usage(`không tìm thấy ${inputs.missing.join(', ')}`, `not found: ${inputs.missing.join(', ')}`);

  const result = await runSummary(nodeHost, inputs.files, {
    range,
    ...(opts.organizer !== undefined ? { organizer: opts.organizer } : {}),
    ...(opts.profile !== undefined ? { profile: opts.profile as ProfileId } : {}),
    outDir: opts.out,
    formats,
    engine: new TemplateEngine([...(opts.templates ?? []), builtinTemplatesDir()]),
  });
  const color = opts.color && process.stderr.isTTY === true && !process.env.NO_COLOR;
  if (result.diagnostics.length > 0) process.stderr.write(formatDiagnostics(result.diagnostics, { lang: opts.lang, format: 'human', color, sources: result.sources }));
  for (const w of result.written) process.stdout.write(`ok  ${w.path}\n`);
  if (result.included > 0 && result.written.length > 0) {
    process.stdout.write(
      opts.lang === 'vi'
        ? `Đã tổng hợp ${result.included} hội nghị; ${result.failed} hồ sơ lỗi không được tổng hợp.\n`
        : `Summarised ${result.included} conference(s); ${result.failed} record(s) with errors left out.\n`,
    );
  }
  return result.written.length === 0 || hasErrors(result.diagnostics) ? EXIT.failed : EXIT.ok;
}
