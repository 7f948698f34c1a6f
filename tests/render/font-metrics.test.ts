// The DOCX path measures text from tables generated from the fonts (src/layout/font-metrics.generated.ts),
// not with fontkit: the tables must give exactly fontkit's widths (DOCX bytes depend on them, through
// the frame's rule lengths and line breaks), and a DOCX-only run must not load fontkit at all.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { generate } from '../../scripts/gen-font-metrics.mjs';
import { fontFile, fontsCover, measureText, type FontVariant } from '../../src/layout/measure.js';
import { pt, toPt } from '../../src/layout/units.js';
import { tempDir } from '../helpers/files.js';

interface Font {
  readonly unitsPerEm: number;
  layout(text: string): { readonly advanceWidth: number };
  hasGlyphForCodePoint(cp: number): boolean;
}
const fontkit = createRequire(import.meta.url)('fontkit') as { openSync(path: string): Font };
const VARIANTS: readonly FontVariant[] = ['normal', 'bold', 'italics', 'bolditalics'];
const fonts = new Map(VARIANTS.map((v) => [v, fontkit.openSync(fontFile(v))]));
const styleOf = (v: FontVariant) => ({ size: pt(13), bold: v.startsWith('bold'), italic: v.endsWith('italics') });
const SIZE = 13;

/** fontkit's width of `text`, measured the way measure.ts did before the tables: words shaped, joined by spaces. */
function fontkitWidth(v: FontVariant, text: string): number {
  const f = fonts.get(v)!;
  const words = text.normalize('NFC').split(' ');
  let units = (words.length - 1) * f.layout(' ').advanceWidth;
  for (const w of words) if (w !== '') units += f.layout(w).advanceWidth;
  return (units / f.unitsPerEm) * SIZE;
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i));
const ASCII = range(0x21, 0x7e);
const VIETNAMESE = [
  ...'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ',
].flatMap((c) => [c, c.toUpperCase()]);

describe('advance tables', () => {
  it('are what the generator makes from fonts/ today (a changed font cannot leave them stale)', () => {
    expect((generate as () => string)(), 'run `npm run gen:metrics` and commit the result').toBe(readFileSync('src/layout/font-metrics.generated.ts', 'utf8'));
  });

  it('give fontkit’s width for every Vietnamese letter and every ASCII character, in each face', () => {
    for (const v of VARIANTS) {
      for (const c of [...VIETNAMESE, ...ASCII, ' ']) expect(toPt(measureText(c, styleOf(v))), `${v} ${c}`).toBe(fontkitWidth(v, c));
    }
  });

  it('give fontkit’s width, kerning included, for every pair of those characters', () => {
    const chars = [...VIETNAMESE, ...ASCII];
    let kerned = 0;
    for (const v of VARIANTS) {
      const single = new Map(chars.map((c) => [c, fontkitWidth(v, c)]));
      for (const a of chars) {
        for (const b of chars) {
          const want = fontkitWidth(v, a + b);
          if (want !== single.get(a)! + single.get(b)!) kerned++;
          if (toPt(measureText(a + b, styleOf(v))) !== want) expect.fail(`${v} «${a}${b}»: ${toPt(measureText(a + b, styleOf(v)))} ≠ ${want}`);
        }
      }
    }
    expect(kerned).toBeGreaterThan(100); // the pairs do exercise kerning (AV, To, Ty…)
  });

  it('give fontkit’s width for every line of every record in data/, and fall back to fontkit for other characters', () => {
    const lines = readdirSync('data')
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => readFileSync(join('data', f), 'utf8').split('\n'))
      .map((l) => l.trim().replace(/ +/g, ' '))
      .filter((l) => l !== '');
    lines.push('Ω ≥ 5 → α·β', 'ĐẢNG UỶ “QUÂN SỰ” – TỈNH…', 'Số 12/BC-ĐU, ngày 08/9/2022');
    expect(lines.length).toBeGreaterThan(1000);
    for (const v of VARIANTS) for (const l of lines) expect(toPt(measureText(l, styleOf(v))), `${v} ${l}`).toBe(fontkitWidth(v, l));
  });

  it('know which code points all four faces draw: every BMP code point and some beyond, as fontkit says', () => {
    const differ: string[] = [];
    const astral = [0x1f600, 0x1d400, 0x20000, 0x10ffff];
    for (const cp of [...Array.from({ length: 0x10000 }, (_, i) => i), ...astral]) {
      if (fontsCover(cp) !== VARIANTS.every((v) => fonts.get(v)!.hasGlyphForCodePoint(cp))) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
    expect(fontsCover(0x4e2d)).toBe(false);
    expect(fontsCover(0x1ec7)).toBe(true);
  });
});

describe('a DOCX-only report', () => {
  const record = 'data/2023-08-22-dien-bien-so-ket-quy-che-phoi-hop.yaml';
  const loads = (only: string): string[] => {
    const out = join(tempDir(), `fontkit-${only}.json`);
    const r = spawnSync(
      process.execPath,
      ['--import', resolve('tests/fixtures/hooks/record-fontkit.mjs'), 'dist/cli/main.js', 'report', record, '--only', only, '--out', join(tempDir(), `only-${only}`), '--no-cache', '--jobs', '1', '--no-progress'],
      { encoding: 'utf8', env: { ...process.env, RECORD_FONTKIT: out } },
    );
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(readFileSync(out, 'utf8')) as string[];
  };

  it('never loads fontkit (a PDF run, for contrast, does)', () => {
    expect(loads('docx')).toEqual([]);
    expect(loads('pdf').length).toBeGreaterThan(0);
  });
});
