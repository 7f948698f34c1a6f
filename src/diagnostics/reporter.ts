// One reporter for every diagnostic (after vfile-reporter): a pure function from diagnostics and the
// sources they point into to text. Human form: `file:line:col  lỗi  message  [rule]`, the source line,
// a caret under the column, then the hint. JSON form for CI.
import { count, sortDiagnostics, type Diagnostic, type Severity } from './diagnostic.js';

export type Lang = 'vi' | 'en';
export type ReportFormat = 'human' | 'json';

export interface ReportOptions {
  lang: Lang;
  format: ReportFormat;
  color: boolean;
  /** Source text per file, to quote the line a diagnostic points at. */
  sources?: ReadonlyMap<string, string>;
}

const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'ghi chú' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

const COLOR: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: ReportOptions): string {
  const sorted = sortDiagnostics(diagnostics);
  if (options.format === 'json') return JSON.stringify(sorted.map((d) => toJson(d, options.lang)), null, 2) + '\n';
  return sorted.map((d) => formatOne(d, options)).join('');
}

function toJson(d: Diagnostic, lang: Lang) {
  return {
    file: d.file,
    line: d.start?.line ?? null,
    column: d.start?.column ?? null,
    endLine: d.end?.line ?? null,
    endColumn: d.end?.column ?? null,
    severity: d.severity,
    ruleId: d.ruleId,
    stage: d.stage,
    message: d.message[lang],
    hint: d.hint ? d.hint[lang] : null,
    path: d.path ?? null,
  };
}

/** Control and bidi characters that would drive the terminal (colours, cursor moves, reordering). */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

/** A file name or message made safe to print: each control character shown as its \u escape. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function formatOne(d: Diagnostic, o: ReportOptions): string {
  const paint = (code: string, s: string) => (o.color ? code + s + RESET : s);
  const file = escapeControls(d.file);
  const place = d.start ? `${file}:${d.start.line}:${d.start.column}` : file;
  const label = paint(COLOR[d.severity], SEVERITY_LABEL[o.lang][d.severity]);
  let out = `${place}  ${label}  ${escapeControls(d.message[o.lang])}  ${paint(DIM, `[${d.ruleId}]`)}\n`;
  const source = o.sources?.get(d.file);
  if (source !== undefined && d.start) {
    const line = source.split(/\r?\n/)[d.start.line - 1];
    if (line !== undefined) {
      const gutter = String(d.start.line).padStart(5) + ' | ';
      // One character for one, so the caret stays under its column: a control character shows as �.
      const shown = line.replace(/\t/g, ' ').replace(CONTROLS, '\uFFFD');
      const width =
        d.end && d.end.line === d.start.line ? Math.max(1, d.end.column - d.start.column) : 1;
      const caretPad = ' '.repeat(gutter.length + Math.max(0, d.start.column - 1));
      out += paint(DIM, gutter) + shown + '\n' + caretPad + paint(COLOR[d.severity], '^'.repeat(Math.min(width, 60))) + '\n';
    }
  }
  if (d.hint) out += `       ${o.lang === 'vi' ? 'gợi ý' : 'hint'}: ${d.hint[o.lang]}\n`;
  return out;
}

/** The closing line of a run: counts in the user's language. */
export function formatSummary(diagnostics: readonly Diagnostic[], files: number, lang: Lang): string {
  const c = count(diagnostics);
  return lang === 'vi'
    ? `${files} tệp: ${c.errors} lỗi, ${c.warnings} cảnh báo\n`
    : `${files} file(s): ${c.errors} error(s), ${c.warnings} warning(s)\n`;
}
