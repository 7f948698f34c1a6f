// `baocao import` on the five seed articles: the drafts against the hand-written records in data/
// (precision ≥ 95 %, recall ≥ 80 %, per seed and overall, the table printed), nothing in a draft
// that the article does not say, and the end-to-end path: import → check → report.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isCollection, isScalar, parse, parseDocument, visit } from 'yaml';
import { measureSeeds, overall, qualityTable, seedPairs, SEEDS_DIR } from '../../src/bench/import-quality.js';
import { foldFact } from '../../src/import/quality.js';
import { tempDir } from '../helpers/files.js';

const pairs = seedPairs();
const results = measureSeeds(pairs);

describe.skipIf(!existsSync(SEEDS_DIR))('import on the seed articles', () => {
  test('every seed article has its hand-written record', () => {
    expect(pairs.map((p) => p.seed.split('/').pop()!.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
  });

  test('precision ≥ 95 % and recall ≥ 80 %, per seed and overall', () => {
    process.stdout.write(`\n${qualityTable(results)}`);
    for (const r of results) {
      const why = `${r.seed}\nwrong: ${r.quality.wrong.join(' | ')}\nmissed: ${r.quality.missed.join(' | ')}`;
      expect(r.quality.precision, why).toBeGreaterThanOrEqual(0.95);
      expect(r.quality.recall, why).toBeGreaterThanOrEqual(0.8);
    }
    const all = overall(results);
    expect(all.precision).toBeGreaterThanOrEqual(0.95);
    expect(all.recall).toBeGreaterThanOrEqual(0.8);
  });

  /**
   * Values that are conventions of the office, not statements of the article, and are always
   * commented `# suy ra`: the organiser's code and system, the signer's capacity, the document
   * kind and the speech role. Person ids are checked through the names they stand for.
   */
  const CONVENTIONS = /^(?:organizers\.\d+\.(?:code|system)|documents\.\d+\.(?:kind|signers\.\d+\.(?:capacity|for|position|person))|speeches\.\d+\.role|people\.\d+\.id|chairs\.\d+|attendees\.people\.\d+|speeches\.\d+\.speaker|conclusion\.by|commendations\.\d+\.presenter)$/;

  test.each(results.map((r) => [r.seed.split('/').pop()!, r] as const))('%s: every name, number, date and statement of the draft is in the article', (_name, r) => {
    const article = foldFact(r.article);
    // The draft leaves out inline abbreviation definitions ("khu vực phòng thủ (KVPT)"): abbreviations are their own field.
    const plain = foldFact(r.article.replace(/\s*\([\p{Lu}Đ]{2,}[\p{Lu}\d-]*\)/gu, ''));
    const numbers = new Set(article.match(/\d+/g)!.map(Number));
    const draft = parse(r.draft) as Record<string, unknown>;
    const leaves: Array<[string, unknown]> = [];
    const walk = (v: unknown, path: string) => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, path ? `${path}.${i}` : String(i)));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
      else leaves.push([path, v]);
    };
    walk(draft, '');
    expect(leaves.length).toBeGreaterThan(20);
    for (const [path, value] of leaves) {
      if (CONVENTIONS.test(path)) continue;
      if (typeof value === 'number') expect(numbers.has(value), `${path}: ${value}`).toBe(true);
      else if (/^(?:date|source\.published)$/.test(path)) {
        // A date's numbers are the article's: "--08-22" from "22-8", the year only when written.
        for (const n of String(value).match(/\d+/g)!) expect(numbers.has(Number(n)), `${path}: ${value}`).toBe(true);
      } else {
        const v = ` ${foldFact(String(value))} `;
        expect(` ${article} `.includes(v) || ` ${plain} `.includes(v), `${path}: ${value}`).toBe(true);
      }
    }
    // Person ids stand for names the article writes.
    for (const p of (draft.people as Array<{ name: string }>) ?? []) expect(article).toContain(foldFact(p.name));
  });

  test.each(results.map((r) => [r.seed.split('/').pop()!, r] as const))('%s: every value carries its source or why it was inferred', (_name, r) => {
    const doc = parseDocument(r.draft);
    const bare: string[] = [];
    visit(doc, {
      Scalar(key, node, path) {
        if (key === 'key') return;
        // The comment sits on the value, or above the entry (a person, a subject, a signer) that holds it.
        const noted = [node, ...path].some((n) => (isScalar(n) || isCollection(n)) && /^ (?:từ|suy ra):/m.test(`${n.comment ?? ''}\n${n.commentBefore ?? ''}`));
        if (!noted) bare.push(String(node.value));
      },
    });
    expect(bare).toEqual([]);
  });

  test('a seed whose article gives no year keeps the year unknown ("--MM-DD") and says so', () => {
    const r = results.find((x) => x.seed.includes('000_'))!;
    expect(r.draft).toMatch(/^date: --08-22 # suy ra: bài không ghi năm/m);
  });

  test('the draft of 000 with --year 2023 passes check and builds with report', () => {
    const seed = pairs.find((p) => p.seed.includes('000_'))!.seed;
    const out = join(tempDir(), 'import-000.yaml');
    const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/cli/main.js', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const imported = cli('import', seed, '--year', '2023', '--out', out);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/đã ghi .*import-000\.yaml: \d+ giá trị đọc từ bài, \d+ chỗ suy ra/);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/record.schema.json');
    expect(text).toMatch(/^date: 2023-08-22 # suy ra: năm 2023 theo tùy chọn --year/m);
    const checked = cli('check', out);
    expect(checked.status, checked.stdout).toBe(0);
    expect(checked.stdout).toMatch(/1 tệp: 0 lỗi/);
    const built = cli('report', out, '--out', join(tempDir(), 'import-out'), '--no-cache', '--no-progress');
    expect(built.status, built.stderr + built.stdout).toBe(0);
    expect(existsSync(join(tempDir(), 'import-out', 'import-000', 'bao-cao.pdf'))).toBe(true);
  });
});

describe('import command usage', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/cli/main.js', ...args], { encoding: 'utf8', input: 'Sáng 22-8, Đảng ủy Quân sự tỉnh Điện Biên tổ chức Hội nghị sơ kết 1 năm thực hiện Quy chế phối hợp giữa Đảng ủy Quân sự tỉnh Điện Biên với các huyện ủy.\n' });

  test('reads stdin with "-" and prints the draft', () => {
    const r = cli('import', '-');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^kind: sơ kết # từ: "Sáng 22-8, /m);
  });

  test('a missing file or a bad year is bad usage (exit 2), said in Vietnamese', () => {
    const missing = cli('import', 'khong-co.txt');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('không đọc được `khong-co.txt`');
    const year = cli('import', '-', '--year', '23');
    expect(year.status).toBe(2);
    expect(year.stderr).toContain('--year phải là năm bốn chữ số');
  });

  test('--lang en: the summary in English', () => {
    const r = cli('import', '-', '--lang', 'en');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^baocao import: \d+ values read from the article, \d+ inferred/);
  });
});
