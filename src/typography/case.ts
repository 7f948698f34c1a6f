// Capitalisation. Upper case for frame lines goes through the 'vi' locale so Đ/đ and every toned vowel
// map right; names are capitalised syllable by syllable; the ND30 Phụ lục II rules a machine can check
// are a lint only, because the same words are common nouns in one sentence and names in the next.

/** Upper case for frame lines: `Đảng ủy Quân sự tỉnh` → `ĐẢNG ỦY QUÂN SỰ TỈNH` (NFC). */
export function upperVi(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi').normalize('NFC');
}

/** The first letter upper case, the rest untouched: `sơ kết 1 năm` → `Sơ kết 1 năm`. */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** The first letter lower case, the rest untouched: `Về công tác` → `về công tác`. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** Lower case with the 'vi' locale (NFC). */
export function lowerVi(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').normalize('NFC');
}

function capitalFirst(word: string): string {
  const m = /^(\P{M}\p{M}*)(.*)$/su.exec(word.normalize('NFC'));
  if (!m) return word.normalize('NFC');
  // Some capitals expand to two letters (Greek ᾀ → ἈΙ); only the first stays upper, so it is idempotent.
  const up = /^(\P{M}\p{M}*)(.*)$/su.exec(m[1]!.toLocaleUpperCase('vi'))!;
  return (up[1]! + (up[2]! + m[2]!).toLocaleLowerCase('vi')).normalize('NFC');
}

/**
 * A personal name with every syllable capitalised: `nguyễn ái quốc` → `Nguyễn Ái Quốc`. Hyphenated
 * transliterations keep lower case inside (`vla-đi-mia` → `Vla-đi-mia`), as ND30 writes them.
 */
export function capitalizeName(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .split(/\s+/u)
    .map(capitalFirst)
    .join(' ');
}

/** A name for print, optionally after a rank: `personName('nguyễn văn a', 'Đại tá')` → `Đại tá Nguyễn Văn A`. */
export function personName(name: string, rank?: string): string {
  const n = capitalizeName(name);
  return rank && rank.trim() ? `${rank.trim()} ${n}` : n;
}

/**
 * Capitalises the first letter of the text and of each sentence (after . ? ! and line breaks).
 * It never lowers a letter: proper names inside the sentence stay as written.
 */
export function sentenceCase(text: string): string {
  return text
    .normalize('NFC')
    .replace(/(^|[.?!]\s+|\n\s*)(\p{Ll})/gu, (_m, lead: string, letter: string) => lead + letter.toLocaleUpperCase('vi'))
    .normalize('NFC');
}

/** A capitalisation problem found by `caseFindings`. */
export interface CaseFinding {
  readonly start: number;
  readonly end: number;
  /** The spelling ND30 asks for. */
  readonly suggestion: string;
  readonly reason: 'admin-unit' | 'people-state' | 'org-common' | 'rank' | 'body';
}

const ADMIN_UNITS = ['Tỉnh', 'Huyện', 'Xã', 'Thị xã', 'Thị trấn', 'Thành phố'];
/** Names where the decree itself capitalises the unit word. */
const ADMIN_EXCEPTIONS = [/^Thành phố Hồ Chí Minh/u, /^Thủ đô/u];
const PROPER = '\\p{Lu}\\p{Ll}*';

/** Characters after which a capital starts a sentence or a list item, so it is not mid-sentence. */
function isSentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/[ \t]+$/u, '');
  return before === '' || /[.?!:\n\-–“"(+•*]$/u.test(before);
}

/**
 * Checkable ND30 Phụ lục II rules, conservatively:
 * - an administrative unit word capitalised before a proper name mid-sentence (`Tỉnh Điện Biên` → `tỉnh`),
 *   or after an organisation name (`Bộ Chỉ huy Quân sự Tỉnh` → `tỉnh`);
 * - `Đảng, nhà nước và nhân dân` and `của nhân dân` → `Nhà nước`, `Nhân dân` (the State, the People);
 * - `Hội đồng Nhân dân`, `Ủy ban Nhân dân` → `nhân dân` (part of an organisation's name).
 */
export function caseFindings(text: string): CaseFinding[] {
  const found: CaseFinding[] = [];
  const unitAlt = ADMIN_UNITS.map((u) => u.replace(' ', '\\s')).join('|');
  const unitRe = new RegExp(`(?<![\\p{L}\\p{M}])(${unitAlt})(?=\\s(${PROPER})|\\s*(?:[.,;:)]|$))`, 'gu');
  for (const m of text.matchAll(unitRe)) {
    const start = m.index;
    if (isSentenceStart(text, start)) continue;
    const rest = text.slice(start);
    if (ADMIN_EXCEPTIONS.some((re) => re.test(rest))) continue;
    const next = m[2];
    if (next === undefined) {
      // Unit word closing a name: only after an organisation word (Quân sự Tỉnh, nhân dân Huyện).
      if (!/(Quân sự|[Nn]hân dân|Công an)\s$/u.test(text.slice(0, start))) continue;
    } else if (/^(Ủy|Uỷ|Đoàn|Đội)$/u.test(next)) continue;
    const word = m[1]!;
    found.push({ start, end: start + word.length, suggestion: lowerFirst(word), reason: 'admin-unit' });
  }
  const peopleRe = /(?<=(?:Đảng,?\s(?:và\s)?|Nhà nước\s(?:và\s)?|\s(?:của|vì|cho)\s))(nhân dân|nhà nước)(?![\p{L}\p{M}])(?!\stệ)/gu;
  for (const m of text.matchAll(peopleRe)) {
    const word = m[1]!;
    found.push({ start: m.index, end: m.index + word.length, suggestion: upperFirst(word), reason: 'people-state' });
  }
  const orgRe = /(?<=(?:Hội đồng|Ủy ban|Uỷ ban|Quân đội|Công an|Tòa án|Toà án|Viện kiểm sát)\s)Nhân dân/gu;
  for (const m of text.matchAll(orgRe)) {
    found.push({ start: m.index, end: m.index + m[0].length, suggestion: 'nhân dân', reason: 'org-common' });
  }
  found.push(...titleFindings(text));
  return found.sort((a, b) => a.start - b.start);
}

/** Military ranks as ND30 Phụ lục II writes a title: first syllable capital, the rest lower case. */
const RANKS = ['Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy'];
/** Bodies whose names capitalise the first word and the first word of what sets them apart. */
const BODIES = ['Ban Thường vụ', 'Ban Chấp hành', 'Ban Chỉ huy', 'Bộ Chỉ huy', 'Bộ Tư lệnh', 'Ban Tuyên giáo', 'Ban Dân vận', 'Ban Tổ chức', 'Ban Kiểm tra'];

/**
 * Lower case with the two uy tone styles made one (uỷ → ủy, uý → úy), for comparing names of bodies
 * and titles. Same length in and out, so offsets in the folded text are offsets in the text.
 */
export const foldCase = (s: string): string => s.toLocaleLowerCase('vi').replace(/uỷ/g, 'ủy').replace(/uý/g, 'úy');

/**
 * Ranks and bodies written in another case than theirs: "Trung Tướng" → "Trung tướng", "Ban Thường Vụ"
 * or "ban thường vụ" → "Ban Thường vụ". A lower-case rank is flagged only before a name ("đại tá
 * Nguyễn …"), where it is a title; "các đại tá", "các ban chỉ huy quân sự xã" stay as written.
 */
function titleFindings(text: string): CaseFinding[] {
  const found: CaseFinding[] = [];
  const lower = foldCase(text);
  for (const [list, reason] of [[RANKS, 'rank'], [BODIES, 'body']] as const) {
    for (const canonical of list) {
      const needle = foldCase(canonical);
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
        const end = at + needle.length;
        // Whole words only.
        if (/[\p{L}\p{M}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{M}]/u.test(text[end] ?? '')) continue;
        // "Ủy ban Kiểm tra" is another body than "Ban Kiểm tra".
        if (/ủy\s+$/u.test(lower.slice(Math.max(0, at - 6), at))) continue;
        const written = text.slice(at, end);
        // The rank keeps the tone style it was written in (uý or úy).
        const wanted = /[uU]ý/u.test(written) ? canonical.replace('úy', 'uý') : canonical;
        if (written === wanted || written === canonical) continue;
        const allLower = written === written.toLocaleLowerCase('vi');
        if (reason === 'rank' && allLower && !/^\s+\p{Lu}/u.test(text.slice(end))) continue;
        // "các ban chỉ huy quân sự xã" names no one body: a common noun.
        if (allLower && reason === 'body' && /(?:các|những|mỗi)\s+$/u.test(text.slice(0, at))) continue;
        found.push({ start: at, end, suggestion: wanted, reason });
      }
    }
  }
  return found;
}
