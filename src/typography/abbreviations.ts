// Abbreviations: a document spells an abbreviation out at its first use ("khu vực phòng thủ (KVPT)")
// and uses the short form after. The lint finds all-caps tokens used but never defined in the record.

/** Letters allowed in an abbreviation: Latin capitals plus Đ and Ư (T.Ư); digits, "-" and "." join parts. */
const TOKEN_RE = /(?<![\p{L}\p{M}\p{N}])[A-ZĐƯ0-9]+(?:[.\-][A-ZĐƯ0-9]+)*(?![\p{L}\p{M}\p{N}])/gu;
const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/u;
/** Abbreviations nobody spells out in an official document. */
export const WELL_KNOWN = new Set(['USD', 'VND', 'GDP', 'ASEAN', 'COVID-19', 'ODA', 'FDI']);

function escapeRe(s: string): string {
  // '-' is not escaped: outside a class the 'u' flag rejects an escaped hyphen.
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const tokenRes = new Map<string, RegExp>();

function tokenRe(abbr: string): RegExp {
  let re = tokenRes.get(abbr);
  if (!re) {
    // Not part of a longer token: KT must not match inside KT-XH, nor NĐ inside NĐ-CP.
    re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}/.\\-])${escapeRe(abbr)}(?![\\p{L}\\p{M}\\p{N}/]|[.\\-][\\p{L}\\p{N}])`, 'gu');
    tokenRes.set(abbr, re);
  }
  re.lastIndex = 0; // a global RegExp is shared: start every search from the beginning
  return re;
}

/**
 * Spells each abbreviation of `table` out at its first use: `KVPT` → `khu vực phòng thủ (KVPT)`.
 * `seen` carries the abbreviations already defined earlier in the same document (it is updated);
 * an abbreviation the text already defines as "(KVPT)" counts as defined.
 */
export function expandAbbreviations(text: string, table: Readonly<Record<string, string>>, seen: Set<string> = new Set()): string {
  let out = text.normalize('NFC');
  for (const [abbr, full] of Object.entries(table)) {
    if (seen.has(abbr)) continue;
    const re = tokenRe(abbr);
    const m = re.exec(out);
    if (!m) continue;
    seen.add(abbr);
    if (out[m.index - 1] === '(' && out[m.index + abbr.length] === ')') continue; // already "… (KVPT)"
    out = `${out.slice(0, m.index)}${full} (${abbr})${out.slice(m.index + abbr.length)}`;
  }
  return out;
}

/** An all-caps token that looks like an abbreviation. */
export interface AbbreviationUse {
  readonly token: string;
  readonly start: number;
  readonly end: number;
}

function isUpperPhraseWord(word: string | undefined): boolean {
  // A word of a heading in capitals (BAN CHẤP HÀNH): capitals with a tone or vowel mark beyond Đ.
  return word !== undefined && word === word.toLocaleUpperCase('vi') && /[^\sA-ZĐ0-9\p{P}]/u.test(word) && /\p{Lu}/u.test(word);
}

/**
 * Tokens that look like abbreviations: two or more capitals (Đ, Ư, digits, "-", "." allowed, as in
 * T.Ư, KT-XH). Skips Roman numerals, tokens joined to a "/" (parts of a document symbol such as
 * 21/2019/NĐ-CP or 125-BC/ĐU), well-known ones, and words of a heading written in capitals.
 */
export function findAbbreviations(text: string): AbbreviationUse[] {
  const found: AbbreviationUse[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const token = m[0];
    const start = m.index;
    const end = start + token.length;
    if ((token.match(/[A-ZĐƯ]/gu) ?? []).length < 2) continue;
    if (ROMAN.test(token) || WELL_KNOWN.has(token)) continue;
    if (text[start - 1] === '/' || text[end] === '/' || (text[start - 1] === '-' && /\d/u.test(text[start - 2] ?? ''))) continue;
    const before = wordBefore(text, start);
    const after = wordAfter(text, end);
    if (isUpperPhraseWord(before) || isUpperPhraseWord(after)) continue;
    found.push({ token, start, end });
  }
  return found;
}

// Neighbouring words are found by scanning from the token, never by a regex over the text before or
// after it: that was a scan of the whole text for every token (quadratic in a long speech point).
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);

/** The word separated from `at` by white space, going back; undefined when none is. */
function wordBefore(text: string, at: number): string | undefined {
  let i = at;
  while (i > 0 && isSpace(text[i - 1])) i--;
  if (i === at) return undefined;
  const end = i;
  while (i > 0 && !isSpace(text[i - 1])) i--;
  return i < end ? text.slice(i, end) : undefined;
}

/** The word separated from `at` by white space, going forward. */
function wordAfter(text: string, at: number): string | undefined {
  let i = at;
  while (i < text.length && isSpace(text[i])) i++;
  if (i === at) return undefined;
  const start = i;
  while (i < text.length && !isSpace(text[i])) i++;
  return i > start ? text.slice(start, i) : undefined;
}

/**
 * Abbreviations the text itself defines as "full form (ABBR)": the letters and spaces right before
 * the bracket hold a lower-case letter. Checked by one backward scan per bracket (the runs before
 * two brackets never overlap), where a regex starting at each lower-case letter was quadratic.
 */
export function inlineDefinitions(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(/\(([A-ZĐƯ0-9.\-]{2,})\)/gu)) {
    let i = m.index;
    let lower = false;
    while (i > 0 && /[\p{L}\p{M}\s]/u.test(text[i - 1]!)) {
      i--;
      if (/\p{Ll}/u.test(text[i]!)) {
        lower = true;
        break;
      }
    }
    if (lower) found.add(m[1]!);
  }
  return found;
}
