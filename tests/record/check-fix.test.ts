// `check --fix` on a copy of a seed record: the safe typography fixes are applied in place, the
// comments stay, the record still validates, and a second check finds nothing fixable.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, type CheckOutput } from '../../src/cli/commands/check-run.js';
import { FIXABLE_RULES } from '../../src/typography/index.js';
import { tempDir } from '../helpers/files.js';

function capture(): CheckOutput & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false };
}

describe('baocao check --fix', () => {
  it('makes a seed record consistent and keeps its comments', async () => {
    const file = join(tempDir(), 'fix-dien-bien.yaml');
    copyFileSync('data/2023-08-22-dien-bien-so-ket-quy-che-phoi-hop.yaml', file);
    const before = readFileSync(file, 'utf8');
    const opts = { lang: 'vi' as const, format: 'json' as const, strict: false, color: false };

    const first = capture();
    expect(await runCheck([file], opts, undefined, first)).toBe(0);
    const found = JSON.parse(first.out.join('')) as { ruleId: string; line: number }[];
    // The article mixes "Đảng ủy" and "Đảng uỷ": the check must see it.
    expect(found.some((d) => d.ruleId === 'typo/tone-mixed')).toBe(true);

    const fixing = capture();
    expect(await runCheck([file], { ...opts, fix: true }, undefined, fixing)).toBe(0);
    expect(fixing.err.join('')).toMatch(/^đã sửa \d+ chỗ trong /);
    const after = readFileSync(file, 'utf8');
    expect(after).not.toBe(before);
    // Comments and line count survive.
    const comments = (s: string) => s.split('\n').filter((l) => l.trimStart().startsWith('#'));
    expect(comments(after)).toEqual(comments(before));
    expect(after.split('\n').length).toBe(before.split('\n').length);

    const again = capture();
    expect(await runCheck([file], opts, undefined, again)).toBe(0);
    const left = JSON.parse(again.out.join('')) as { ruleId: string; severity: string }[];
    expect(left.filter((d) => d.severity === 'error')).toEqual([]);
    expect(left.filter((d) => FIXABLE_RULES.has(d.ruleId))).toEqual([]);
  });
});

describe('check --fix writes where the file really is', () => {
  it('keeps the file mode and writes through a symlink', async () => {
    const { chmodSync, lstatSync, statSync, symlinkSync, writeFileSync } = await import('node:fs');
    const dir = tempDir();
    const real = join(dir, 'that-mode.yaml');
    copyFileSync('data/2023-08-22-dien-bien-so-ket-quy-che-phoi-hop.yaml', real);
    writeFileSync(real, readFileSync(real, 'utf8').replace(/^venue: (.+)$/m, 'venue: huyện\tĐiện Biên Đông'));
    chmodSync(real, 0o640);
    const link = join(dir, 'link.yaml');
    symlinkSync(real, link);
    const out = { stdout: () => {}, stderr: () => {}, isTTY: false };
    await runCheck([link], { lang: 'vi', format: 'json', strict: false, color: false, fix: true }, undefined, out);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toContain('venue: huyện Điện Biên Đông');
    expect(statSync(real).mode & 0o777).toBe(0o640);
  });
});

describe('terminal output', () => {
  it('shows control characters of file names as escapes, never raw', async () => {
    const { writeFileSync } = await import('node:fs');
    const file = join(tempDir(), 'a\u001b[31mred.yaml');
    writeFileSync(file, 'x: 1\n');
    const err: string[] = [];
    const out: string[] = [];
    await runCheck([file], { lang: 'vi', format: 'human', strict: false, color: false }, undefined, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false });
    const text = out.join('') + err.join('');
    expect(text).toContain('a\\u001b[31mred.yaml:1:1');
    expect(text).not.toContain('\u001b');
  });
});
