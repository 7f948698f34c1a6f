// Text that cannot be written is refused at the load boundary, at the character's line and column;
// invisible characters in names and tabs in values are warnings that `check --fix` removes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/record/load.js';
import { runCheck, type CheckOutput } from '../../src/cli/commands/check-run.js';
import { tempDir } from '../helpers/files.js';

const SEED = 'data/2023-08-22-dien-bien-so-ket-quy-che-phoi-hop.yaml';

function problems(text: string) {
  return loadText('x.yaml', text).diagnostics.map((d) => [d.ruleId, d.start?.line, d.start?.column, d.severity]);
}

describe('characters at the load boundary', () => {
  it.each([
    ['U+FFFE', 'a: ok\nb: "xy\uFFFE"\n', 'text/illegal-char', 2, 7],
    ['U+FFFF plain', 'a: ok\nb: xy\uFFFF\n', 'text/illegal-char', 2, 6],
    ['U+FDD0', 'b: [ab\uFDD0]\n', 'text/illegal-char', 1, 7],
    ['escaped non-character', 'b: "\\uFFFF"\n', 'text/illegal-char', 1, 4],
    ['lone surrogate escape', 'b: "a\\uD800b"\n', 'text/illegal-char', 1, 4],
    ['emoji', 'speech: Tốt 😀 lắm\n', 'text/missing-glyph', 1, 13],
    ['CJK', 'x:\n  - 中文\n', 'text/missing-glyph', 2, 5],
    ['ballot box', 'x: ☑ xong\n', 'text/missing-glyph', 1, 4],
    ['circled digit', 'x: ① một\n', 'text/missing-glyph', 1, 4],
    ['key with emoji', 'abbreviations:\n  😀: cười\n', 'text/missing-glyph', 2, 3],
    ['integer beyond 2^53', 'n: 9007199254740993\n', 'text/unsafe-integer', 1, 4],
    ['year zero', 'date: "0000-01-01"\n', 'text/year-zero', 1, 7],
  ])('%s', (_name, text, ruleId, line, column) => {
    expect(problems(text)).toContainEqual([ruleId, line, column, 'error']);
    expect(loadText('x.yaml', text).data).toBeUndefined();
  });

  it('accepts Vietnamese, typographic punctuation and safe integers', () => {
    const text = 'a: “Đảng ủy” – 2.000 m² … № 5 °C\nn: 9007199254740991\nd: "2024-01-02"\n';
    expect(problems(text)).toEqual([]);
  });

  it('names the character and the field in Vietnamese', () => {
    const d = loadText('x.yaml', 'people:\n  - name: A 😀\n').diagnostics[0]!;
    expect(d.message.vi).toBe('Ký tự “😀” (U+1F600) ở people.0.name không có trong phông chữ của văn bản (Tinos): sẽ mất khi in');
    expect(d.path).toEqual(['people', 0, 'name']);
  });
});

describe('invisible characters in names and tabs in values', () => {
  const capture = (): CheckOutput & { out: string[] } => {
    const out: string[] = [];
    return { out, stdout: (s) => out.push(s), stderr: () => {}, isTTY: false };
  };
  const opts = { lang: 'vi' as const, format: 'json' as const, strict: false, color: false };

  it('warns at the character and --fix removes it', async () => {
    const seed = readFileSync(SEED, 'utf8');
    const name = /^ {4}name: (.+)$/m.exec(seed)!;
    const withZw = seed.replace(name[0], `    name: ${name[1]!.replace(' ', ' \u200B')}`).replace(/^venue: (.+)$/m, 'venue: huyện\tĐiện Biên Đông');
    const file = join(tempDir(), 'hidden-chars.yaml');
    writeFileSync(file, withZw);
    const first = capture();
    await runCheck([file], opts, undefined, first);
    const found = JSON.parse(first.out.join('')) as { ruleId: string; line: number }[];
    const nameLine = withZw.slice(0, withZw.indexOf('\u200B')).split('\n').length;
    const venueLine = withZw.split('\n').findIndex((l) => l.startsWith('venue:')) + 1;
    expect(found).toContainEqual(expect.objectContaining({ ruleId: 'typo/control-char', line: nameLine }));
    expect(found).toContainEqual(expect.objectContaining({ ruleId: 'typo/tab', line: venueLine }));

    await runCheck([file], { ...opts, fix: true }, undefined, capture());
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).not.toContain('\u200B');
    expect(fixed).toContain('venue: huyện Điện Biên Đông');
    expect(fixed).toContain(`    name: ${name[1]}`);
  });
});

describe('per-record work limit', () => {
  it('text multiplied by aliases past the limit is a diagnostic, not work', () => {
    const long = 'x'.repeat(100_000);
    const text = `a: &t "${long}"\nb: [*t, *t, *t, *t, *t, *t]\n`;
    const loaded = loadText('x.yaml', text);
    expect(loaded.diagnostics.map((d) => [d.ruleId, d.start?.line, d.start?.column])).toEqual([['load/too-much-text', 1, 1]]);
    expect(loaded.data).toBeUndefined();
    expect(loadText('x.yaml', `a: &t "${long}"\nb: [*t]\n`).data).toBeDefined();
  });
});
