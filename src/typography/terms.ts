// Party and State terms numbered in Roman numerals: "khóa XI", never "khóa 11" (the documents of the
// Party and the decree's examples write the term that way). An edit, so `check --fix` applies it.
import type { Edit } from './edits.js';

const ROMAN: readonly [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** 11 → "XI". */
export function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) (out += s), (n -= v);
  return out;
}

const TERM_RE = /(?<![\p{L}\p{M}])([Kk]h(?:óa|oá)|KH(?:ÓA|OÁ))(\s+)(\d{1,3})(?![\p{N}\p{L}])/gu;

/** "khóa 11" → "khóa XI" (the number only; the word keeps its tone style and case). */
export function termEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(TERM_RE)) {
    const n = Number(m[3]);
    if (n === 0) continue;
    const start = m.index + m[1]!.length + m[2]!.length;
    edits.push({ start, end: start + m[3]!.length, replacement: roman(n), ruleId: 'typo/term-roman' });
  }
  return edits;
}
