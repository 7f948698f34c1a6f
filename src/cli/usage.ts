// Messages about how a command was called (bad option, missing path, internal failure): Vietnamese
// unless --lang en was given, never a stack trace. Commander writes its parse errors in English, so
// they are translated here by their fixed wording (commander 14's lib/command.js).
import type { Text } from '../diagnostics/diagnostic.js';

export type Lang = 'vi' | 'en';

/** English only when asked for; a bad --lang value is itself reported in Vietnamese. */
export const langOf = (lang: unknown): Lang => (lang === 'en' ? 'en' : 'vi');

/** Writes `baocao <command>: <text>` to stderr in the asked language. */
export function sayUsage(command: string, lang: unknown, text: Text): void {
  process.stderr.write(`baocao${command ? ' ' + command : ''}: ${text[langOf(lang)]}\n`);
}

/** --lang as given on the command line, for messages written before commander has parsed it. */
export function langFromArgv(argv: readonly string[]): Lang {
  for (const [i, a] of argv.entries()) {
    if (a === '--lang') return langOf(argv[i + 1]);
    if (a.startsWith('--lang=')) return langOf(a.slice('--lang='.length));
  }
  return 'vi';
}

const COMMANDER_ERRORS: readonly [RegExp, (...m: string[]) => string][] = [
  [/^error: unknown option '(.*)'$/, (o) => `lỗi: không có tùy chọn '${o}'`],
  [/^error: unknown command '(.*)'$/, (c) => `lỗi: không có lệnh '${c}' (xem baocao --help)`],
  [/^error: missing required argument '(.*)'$/, (a) => `lỗi: thiếu tham số bắt buộc '${a}'`],
  [/^error: option '(.*)' argument missing$/, (o) => `lỗi: tùy chọn '${o}' cần một giá trị`],
  [/^error: required option '(.*)' not specified$/, (o) => `lỗi: thiếu tùy chọn bắt buộc '${o}'`],
  [/^error: option '(.*)' argument '(.*)' is invalid\.$/, (o, v) => `lỗi: giá trị '${v}' của tùy chọn '${o}' không hợp lệ`],
  [/^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (c, e, g) => `lỗi: thừa tham số${c ? ` cho lệnh '${c}'` : ''}: cần ${e}, đã cho ${g}`],
  [/^error: (.*) cannot be used with (.*)$/, (a, b) => `lỗi: ${a} không dùng cùng ${b}`],
  [/^\(Did you mean one of (.*)\?\)$/, (s) => `(Có phải ý bạn là một trong ${s}?)`],
  [/^\(Did you mean (.*)\?\)$/, (s) => `(Có phải ý bạn là ${s}?)`],
];

/** A commander error message in Vietnamese, line by line; a line not known is kept as is. */
export function commanderErrorText(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  return message
    .split('\n')
    .map((line) => {
      for (const [pattern, vi] of COMMANDER_ERRORS) {
        const m = pattern.exec(line);
        if (m) return vi(...m.slice(1).map((s) => s ?? ''));
      }
      return line;
    })
    .join('\n');
}
