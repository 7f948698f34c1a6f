// "Did you mean …?" for misspelt keys, enum values and person ids. Clerks often type a field in
// Vietnamese without diacritics (chucvu, ngay, diadiem), so candidates may carry Vietnamese labels
// that are compared after folding away tones and spaces.

/** Lower case, no diacritics (đ → d), letters and digits only: "Chức vụ" → "chucvu". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Levenshtein distance with an early exit once every cell of a row exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

export interface Candidate {
  /** What we suggest (a schema key, an allowed value, a person id). */
  value: string;
  /** Other spellings that should also lead to it, e.g. its Vietnamese title. */
  aliases?: readonly string[];
}

/** The closest candidate, or undefined when nothing is close enough to be a plausible typo. */
export function suggest(input: string, candidates: readonly Candidate[]): string | undefined {
  const q = fold(input);
  if (q === '') return undefined;
  let best: { value: string; score: number } | undefined;
  for (const c of candidates) {
    for (const spelling of [c.value, ...(c.aliases ?? [])]) {
      const f = fold(spelling);
      if (f === '') continue;
      let score = editDistance(q, f, 4);
      // "capbac" for "Cấp bậc quân hàm": a clear prefix of a Vietnamese label counts as a near match.
      if (q.length >= 3 && f.startsWith(q)) score = Math.min(score, 1);
      if (!best || score < best.score) best = { value: c.value, score };
    }
  }
  if (!best) return undefined;
  // Short words tolerate one slip; "hoten" for "Họ và tên" (hovaten) needs two.
  const allowed = q.length <= 3 ? 1 : q.length <= 8 ? 2 : 3;
  return best.score <= allowed && best.value !== input ? best.value : undefined;
}
