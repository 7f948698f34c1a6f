// `baocao check` in-process through runCheck (no build needed), and as a real process from dist/
// (built by `npm test`'s pretest) for exit codes, the reporter's line format and stderr.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCheck, type CheckOptions } from '../../src/cli/commands/check-run.js';
import { diagnostic, t } from '../../src/diagnostics/diagnostic.js';
import { nodeHost } from '../../src/host/host.js';

const tmp = mkdtempSync(join(tmpdir(), 'baocao-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const bomFile = join(tmp, 'bom.yaml');
writeFileSync(bomFile, '\uFEFF' + readFileSync('tests/fixtures/good/minimal.yaml', 'utf8'));

const VI: CheckOptions = { lang: 'vi', format: 'human', strict: false, color: false };

async function run(paths: string[], opts: Partial<CheckOptions> = {}, linters = undefined as Parameters<typeof runCheck>[4]) {
  let stdout = '';
  let stderr = '';
  const code = await runCheck(paths, { ...VI, ...opts }, nodeHost, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false }, linters);
  return { code, stdout, stderr };
}

describe('runCheck', () => {
  test('a bad record: exit 1, the located line, the source line with a caret, the summary', async () => {
    const r = await run(['tests/fixtures/bad/unknown-key.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('tests/fixtures/bad/unknown-key.yaml:23:5  lỗi  Trường `chucvu` không có trong mẫu — có phải ý bạn là `positions`?  [schema/unknown-key]\n');
    expect(r.stdout).toContain('   23 |     chucvu:\n            ^^^^^^\n');
    expect(r.stdout.endsWith('1 tệp: 1 lỗi, 0 cảnh báo\n')).toBe(true);
  });

  test('a good record: exit 0', async () => {
    const r = await run(['tests/fixtures/good']);
    // Only the info line saying which profile the documents use (issue 16), then the summary.
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^tests\/fixtures\/good\/minimal\.yaml:14:10 {2}ghi chú {2}Văn bản theo thể thức hd36 .*\[profile\/chosen\]\n/);
    expect(r.stdout.endsWith('\n1 tệp: 0 lỗi, 0 cảnh báo\n')).toBe(true);
  });

  test('a missing path is bad usage: exit 2, Vietnamese message on stderr', async () => {
    const r = await run(['khong-co.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('baocao check: không tìm thấy `khong-co.yaml` (không có tệp hay thư mục nào như vậy)\n');
  });

  test('a folder: every file is checked and every problem printed', async () => {
    const r = await run(['tests/fixtures/bad'], { format: 'json' });
    const list = JSON.parse(r.stdout) as { file: string; ruleId: string }[];
    const files = new Set(list.map((d) => d.file));
    // Every fixture has a problem; nfd-text.yaml's is only the typography warning `typo/nfd`.
    expect(files.size).toBe(15);
    expect(list.filter((d) => d.file.endsWith('nfd-text.yaml')).map((d) => d.ruleId)).toContain('typo/nfd');
    expect(list.filter((d) => d.ruleId === 'rules/unknown-person')).toHaveLength(2);
  });

  test('--strict turns warnings into failure', async () => {
    expect((await run([bomFile])).code).toBe(0);
    expect((await run([bomFile], { strict: true })).code).toBe(1);
  });

  test('extra linters run on valid records, one entry each', async () => {
    const lint = (loaded: { file: string }) => [diagnostic({ file: loaded.file, ruleId: 'x/test', stage: 'typography', severity: 'warning', message: t('thử', 'test') })];
    const r = await run(['tests/fixtures/good'], { format: 'json' }, [lint]);
    expect(JSON.parse(r.stdout).map((d: { ruleId: string }) => d.ruleId)).toEqual(['x/test']);
  });
});

const MAIN = 'dist/cli/main.js';
const cli = (...args: string[]) => spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });

describe('baocao check (built CLI)', () => {
  test('dist is built (npm test runs tsc -p tsconfig.build.json first)', () => {
    expect(existsSync(MAIN)).toBe(true);
  });

  test('bad record: exit 1 and the file:line:col  lỗi line', () => {
    const r = cli('check', 'tests/fixtures/bad/impossible-date.yaml');
    expect(r.stdout).toContain('tests/fixtures/bad/impossible-date.yaml:11:7  lỗi  `2023-02-30` không phải là ngày có thật  [rules/impossible-date]');
    expect(r.status).toBe(1);
  });

  test('good record: exit 0', () => {
    const r = cli('check', 'tests/fixtures/good/minimal.yaml');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('missing path: exit 2, no stack trace', () => {
    const r = cli('check', 'khong-co');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('không tìm thấy `khong-co`');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('--format json --lang en', () => {
    const r = cli('check', '--format', 'json', '--lang', 'en', 'tests/fixtures/bad/leading-zero.yaml');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ file: 'tests/fixtures/bad/leading-zero.yaml', line: 32, column: 13, severity: 'error', ruleId: 'schema/leading-zero', message: 'The number `05` is read by YAML as 5 — put it in quotes: "05"', path: ['documents', 0, 'number'] }),
    ]);
  });

  test('every bad fixture fails without a stack trace', () => {
    const r = cli('check', 'tests/fixtures/bad');
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    // Typography warnings come on top (fixture prose is not typeset); the errors are exactly one per fixture.
    expect(r.stdout).toMatch(/15 tệp: 19 lỗi, \d+ cảnh báo\n$/);
  });

  test('help is in Vietnamese; a bad option value is exit 2', () => {
    const help = cli('check', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Cách dùng: baocao check [tùy-chọn] [hồ-sơ...]');
    expect(help.stdout).toContain('coi cảnh báo là lỗi');
    expect(help.stdout).not.toContain('default:');
    const bad = cli('check', '--lang', 'fr');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('baocao check: --lang chỉ nhận vi hoặc en (đã cho: `fr`)\n');
  });
});
