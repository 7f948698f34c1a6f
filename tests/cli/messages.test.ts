// Every command, a few bad inputs each, as a user types them (the built CLI): the answer is a
// sentence in Vietnamese (English with --lang en), exit 1 or 2, and never a stack trace.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/files.js';

const dir = join(tempDir(), 'messages');
mkdirSync(join(dir, 'folder'), { recursive: true });
writeFileSync(join(dir, 'a-file'), 'x');
const out = join(dir, 'out');

const cli = (args: readonly string[], input?: string) =>
  spawnSync(process.execPath, ['dist/cli/main.js', ...args], { encoding: 'utf8', cwd: process.cwd(), env: { ...process.env, NO_COLOR: '1' }, ...(input !== undefined ? { input } : {}) });

const STACK_FRAME = /^\s+at /m;
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** [what is tried, arguments, expected exit code, a piece of the Vietnamese answer, of the English one (none: the value of --lang itself is wrong)]. */
const CASES: readonly [string, string[], number, string, string | undefined][] = [
  ['an unknown command', ['frobnicate'], 2, "không có lệnh 'frobnicate'", "unknown command 'frobnicate'"],
  ['an unknown option', ['report', '--bogus'], 2, "không có tùy chọn '--bogus'", "unknown option '--bogus'"],
  ['a misspelt option', ['check', '--stric'], 2, 'Có phải ý bạn là --strict?', 'Did you mean --strict?'],
  ['too many arguments', ['new', 'so-ket', 'thua', 'nua'], 2, "thừa tham số cho lệnh 'new'", "too many arguments for 'new'"],
  ['a missing argument', ['import'], 2, 'thiếu tham số bắt buộc', 'missing required argument'],
  ['an option without its value', ['report', '--out'], 2, 'cần một giá trị', 'argument missing'],
  ['report: a wrong --lang', ['report', '--lang', 'fr'], 2, '--lang chỉ nhận vi hoặc en', undefined],
  ['report: a path that does not exist', ['report', join(dir, 'nope.yaml'), '--out', out], 2, 'không tìm thấy', 'not found'],
  ['report: /dev/zero as a record', ['report', '/dev/zero', '--out', out, '--no-progress'], 1, 'Không phải tệp thường', 'Cannot read file'],
  ['report: --out is a file', ['report', 'data', '--out', join(dir, 'a-file')], 2, 'không phải là thư mục', 'is not a folder'],
  ['report: --jobs 0', ['report', 'data', '--out', out, '--jobs', '0'], 2, 'số nguyên dương', 'positive whole number'],
  ['report: an unknown --docs code', ['report', 'data', '--out', out, '--docs', 'zz'], 2, '--docs không nhận', '--docs does not take'],
  ['report: an unknown --only format', ['report', 'data', '--out', out, '--only', 'odt'], 2, 'định dạng không hỗ trợ', 'unsupported format'],
  ['report: --templates that does not exist', ['report', 'data', '--out', out, '--templates', join(dir, 'nope')], 2, 'không phải là thư mục có sẵn', 'is not an existing folder'],
  ['report: --format xml', ['report', 'data', '--format', 'xml'], 2, '--format chỉ nhận', '--format takes'],
  ['check: a path that does not exist', ['check', join(dir, 'nope.yaml')], 2, 'không tìm thấy', 'not found'],
  ['check: /dev/zero', ['check', '/dev/zero'], 1, 'Không phải tệp thường', 'Cannot read file'],
  ['check: --format xml', ['check', '--format', 'xml'], 2, '--format chỉ nhận', '--format takes'],
  ['summary: a year that is not one', ['summary', '--year', 'abc', '--out', out], 2, 'năm', 'year'],
  ['summary: a path that does not exist', ['summary', join(dir, 'nope'), '--year', '2023', '--out', out], 2, 'không tìm thấy', 'not found'],
  ['import: /dev/zero', ['import', '/dev/zero'], 2, 'quá lớn cho một bài tin', 'too large for a news article'],
  ['import: a folder', ['import', join(dir, 'folder')], 2, 'không đọc được', 'cannot read'],
  ['import: a bad --year', ['import', join(dir, 'a-file'), '--year', '20'], 2, 'năm bốn chữ số', 'four-digit year'],
  ['new: an unknown kind', ['new', 'hop-mat', '--profile', 'nd30'], 2, 'loại hội nghị không có', 'no such conference kind'],
  ['new: an unknown profile', ['new', 'so-ket', '--profile', 'xx'], 2, '--profile chỉ nhận', '--profile takes'],
  ['new: --out is a folder, with --force', ['new', 'so-ket', '--profile', 'nd30', '--out', join(dir, 'folder'), '--force'], 2, 'là thư mục', 'is a folder'],
  ['watch: a port out of range', ['watch', '--port', '99999'], 2, '--port cần một số', '--port needs a number'],
  ['watch: a path that does not exist', ['watch', join(dir, 'nope.yaml')], 2, 'không tìm thấy', 'not found'],
];

describe('what a user sees when a command is called wrongly', () => {
  for (const [what, args, status, vi, en] of CASES) {
    it(`${what}: Vietnamese, no stack trace`, () => {
      const r = cli(args);
      const said = r.stderr + r.stdout; // `check` reports on stdout
      expect(r.status).toBe(status);
      expect(said).toContain(vi);
      expect(said).toMatch(VIETNAMESE);
      expect(said).not.toMatch(STACK_FRAME);
    });
    if (en === undefined) continue;
    it(`${what}: English with --lang en`, () => {
      // Right after the command name, so an option left without its value is still the last word.
      const r = cli([args[0]!, '--lang', 'en', ...args.slice(1)]);
      const said = r.stderr + r.stdout;
      expect(r.status).toBe(status);
      expect(said).toContain(en);
      // Quoted option syntax keeps its Vietnamese placeholders ('--out <thư-mục>'): that is the option, not a message.
      expect(said.replace(/'[^'\n]*'/g, '')).not.toMatch(VIETNAMESE);
      expect(said).not.toMatch(STACK_FRAME);
    });
  }
});
