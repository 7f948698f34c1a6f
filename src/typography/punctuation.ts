// Punctuation and spacing. No normative text governs them (spec §8.6), so the rules follow what the
// decrees print: no space before , . ; : ? ! and one after, one space between words, curly quotes,
// "…", spaced hyphen for paired nouns and ranges. Symbols (NĐ-CP, T.Ư, 21/2019/NĐ-CP) and URLs are
// never touched. Each rule yields edits, so the lint can point at them and `--fix` can apply them.
import { effective, fixpoint, nonOverlapping, type Edit } from './edits.js';

export interface PunctuationOptions {
  /** Dash in number ranges: spaced hyphen "2020 - 2025" (default, as legal texts) or "2020 – 2025". */
  readonly dash?: 'hyphen' | 'en';
}

/** Two-syllable nouns that pair with a spaced hyphen ("kinh tế - xã hội"); unspaced only these are fixed. */
const PAIRED_NOUNS = [
  'kinh tế', 'xã hội', 'chính trị', 'văn hóa', 'văn hoá', 'quốc phòng', 'an ninh', 'đối ngoại', 'khoa học',
  'công nghệ', 'giáo dục', 'đào tạo', 'môi trường', 'tài nguyên', 'y tế', 'pháp luật', 'tư tưởng', 'tổ chức',
  'cán bộ', 'quân sự', 'lao động', 'thương binh', 'nông nghiệp', 'nông thôn', 'công nghiệp', 'thương mại',
  'du lịch', 'dịch vụ', 'tài chính', 'ngân sách', 'hành chính', 'tư pháp', 'kỹ thuật', 'thể thao',
];

// Linear time: every pattern that starts with a repeated class may start only where that class's run
// starts (a negative lookbehind). Without it, a 100,000-letter word was scanned again from each of
// its letters, and one speech point took minutes (tests/typography/linear-time.test.ts).
const URL_RE = /(?<![\w/.:])(?:https?:\/\/|www\.)[^\s<>"“”]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
/** A token of letters/digits joined by / - . with an upper-case letter: NĐ-CP, T.Ư, 125-BC/ĐU, KT-XH. */
const SYMBOL_RE = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:[/.\-][\p{L}\p{N}]+)+/gu;

/** Spans that no punctuation rule may touch: URLs, e-mail addresses and document symbols. */
export function symbolSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(URL_RE)) spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(SYMBOL_RE)) {
    if (/\p{Lu}/u.test(m[0]) || m[0].includes('/')) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

const CLOSERS = '”’)]}»';
const PUNCT = ',.;:?!…';

function spaceBeforePunct(text: string, out: Edit[]): void {
  for (const m of text.matchAll(/(?<![ \t\u00A0])[ \t\u00A0]+([,;.:?!])/gu)) {
    const start = m.index;
    const punctAt = start + m[0].length - 1;
    const prev = text[start - 1];
    if (prev === undefined || prev === '\n' || prev === '\r') continue; // indentation, not a gap
    const next = text[punctAt + 1];
    const p = m[1]!;
    if (p === ',' || p === ';') {
      if (next !== undefined && /\d/u.test(next)) continue;
    } else {
      if (p === '.' && next === '.') continue; // an ellipsis written as dots
      if (next !== undefined && !/\s/u.test(next) && !CLOSERS.includes(next) && !PUNCT.includes(next)) continue;
    }
    out.push({ start, end: punctAt, replacement: '', ruleId: 'typo/space-before-punct' });
  }
}

function spaceAfterPunct(text: string, out: Edit[]): void {
  for (const m of text.matchAll(/[,;:?!](?=[\p{L}“])/gu)) {
    out.push({ start: m.index + 1, end: m.index + 1, replacement: ' ', ruleId: 'typo/space-after-punct' });
  }
}

function doubleSpace(text: string, out: Edit[]): void {
  for (const m of text.matchAll(/(?<=\S) {2,}(?=\S)/gu)) {
    out.push({ start: m.index, end: m.index + m[0].length, replacement: ' ', ruleId: 'typo/double-space' });
  }
}

function quotes(text: string, out: Edit[]): void {
  const at = [...text.matchAll(/"/gu)].map((m) => m.index);
  // An odd count means the quoting cannot be paired with confidence: leave it for a human.
  if (at.length === 0 || at.length % 2 !== 0) return;
  at.forEach((i, k) => out.push({ start: i, end: i + 1, replacement: k % 2 === 0 ? '“' : '”', ruleId: 'typo/quotes' }));
}

function ellipsis(text: string, out: Edit[]): void {
  for (const m of text.matchAll(/(?<![./])\.{3}(?![./])/gu)) {
    out.push({ start: m.index, end: m.index + 3, replacement: '…', ruleId: 'typo/ellipsis' });
  }
}

const PAIRED_RE = (() => {
  const nouns = PAIRED_NOUNS.join('|');
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${nouns})(-)(?:${nouns})(?![\\p{L}\\p{M}])`, 'giu');
})();

function dashes(text: string, dash: 'hyphen' | 'en', out: Edit[]): void {
  const range = dash === 'en' ? ' – ' : ' - ';
  const push = (start: number, end: number, replacement: string) => out.push({ start, end, replacement, ruleId: 'typo/dash' });
  const hasHyphen = text.includes('-');
  const longDash = text.includes('–') || text.includes('—');
  // Year ranges: 2020-2025, 2020–2025, 2020 – 2025 → the document's range dash.
  if (/\d{4}/u.test(text)) for (const m of text.matchAll(/(?<![\p{N}/\-–.,])(\d{4})([ \t]*[-–—][ \t]*)(\d{4})(?![\p{N}/\-–])/gu)) {
    const from = Number(m[1]);
    const to = Number(m[3]);
    if (from < 1000 || to < from || to > 2999) continue;
    const start = m.index + 4;
    push(start, start + m[2]!.length, range);
  }
  // En or em dash between words: paired nouns and asides take the spaced hyphen; numbers the range dash.
  if (longDash) for (const m of text.matchAll(/(?<=[\p{L}\p{N})])[ \t]*[–—][ \t]*(?=[\p{L}\p{N}(])/gu)) {
    const before = text[m.index - 1]!;
    const after = text[m.index + m[0].length]!;
    const numeric = /\p{N}/u.test(before) && /\p{N}/u.test(after);
    push(m.index, m.index + m[0].length, numeric ? range : ' - ');
  }
  // A hyphen spaced on one side only, between words: "kinh tế -xã hội".
  if (!hasHyphen) return;
  for (const m of text.matchAll(/(?<=\p{L}) -(?=\p{L})|(?<=\p{L})- (?=\p{L})/gu)) push(m.index, m.index + 2, ' - ');
  // Unspaced hyphen between two known paired nouns: "kinh tế-xã hội".
  for (const m of text.matchAll(PAIRED_RE)) {
    const hyphen = m.index + m[0].indexOf('-', 2);
    push(hyphen, hyphen + 1, ' - ');
  }
}

// Trigger characters, found in one walk over the text (see scan).
const SPACE = 1; // space, tab, no-break space
const PUNCT_MARK = 2; // , ; . : ? !
const QUOTE = 4; // "
const DASH = 8; // - – —
const DIGIT = 16; // any \p{N} (non-ASCII code units are checked with the regular expression)
const K = 32; // k or K (khóa)
const SO = 64; // S or s (Số)
const DATE_WORD = 128; // N n T t (ngày, tháng, năm)

/** Which trigger characters `text` holds, as a bit set. */
function scan(text: string): number {
  let has = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0) has |= SPACE;
    else if (c === 44 || c === 59 || c === 46 || c === 58 || c === 63 || c === 33) has |= PUNCT_MARK;
    else if (c === 34) has |= QUOTE;
    else if (c === 45 || c === 0x2013 || c === 0x2014) has |= DASH;
    else if (c >= 48 && c <= 57) has |= DIGIT;
    else if (c === 107 || c === 75) has |= K;
    else if (c === 115 || c === 83) has |= SO;
    else if (c === 110 || c === 78 || c === 116 || c === 84) has |= DATE_WORD;
    else if (c > 127 && !(has & DIGIT) && NON_ASCII_DIGIT.test(text[i]!)) has |= DIGIT;
  }
  return has;
}

/** Numeric characters beyond 0–9 (², Ⅻ, …), which \p{N} in the rules matches too. */
const NON_ASCII_DIGIT = /[\p{N}\uD800-\uDFFF]/u;

/** A test "does this edit reach inside a span?" in logarithmic time (many spans × many edits was quadratic). */
function overlapTest(spans: Array<[number, number]>): (e: Edit) => boolean {
  // Merge into disjoint, sorted spans; merging keeps each edge where an insertion is still allowed.
  const merged: Array<[number, number]> = [];
  for (const [s, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && s < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([s, end]);
  }
  return (e) => {
    // The last span starting before the edit's end is the only one that can overlap it.
    let lo = 0;
    let hi = merged.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid]![0] < Math.max(e.end, e.start + 1)) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return false;
    const [s, end] = merged[found]!;
    // An insertion at a span's edge is outside it; anything reaching inside is not allowed.
    return e.start === e.end ? e.start > s && e.start < end : e.start < end && e.end > s;
  };
}

/**
 * All punctuation and spacing edits for `text` (rules typo/space-before-punct, typo/space-after-punct,
 * typo/double-space, typo/quotes, typo/ellipsis, typo/dash); none inside symbols or URLs.
 */
export function punctuationEdits(text: string, options: PunctuationOptions = {}): Edit[] {
  const out: Edit[] = [];
  // Each rule runs only when the characters it starts from are in the text (most strings of a
  // record are short and clean, and the rules' regular expressions cost far more than one scan).
  const has = scan(text);
  // Order matters on overlap: removing a space before punctuation beats collapsing it.
  if ((has & (SPACE | PUNCT_MARK)) === (SPACE | PUNCT_MARK)) spaceBeforePunct(text, out);
  if (text.includes('  ')) doubleSpace(text, out);
  if (has & PUNCT_MARK) spaceAfterPunct(text, out);
  if (has & QUOTE) quotes(text, out);
  if (text.includes('...')) ellipsis(text, out);
  if (has & DASH) dashes(text, options.dash ?? 'hyphen', out);
  if (out.length === 0) return out;
  const spans = symbolSpans(text);
  const overlaps = overlapTest(spans);
  return nonOverlapping(effective(text, out).filter((e) => !overlaps(e)));
}

/** Applies the punctuation rules until nothing changes (rules can expose each other's cases). */
export function fixPunctuation(text: string, options: PunctuationOptions = {}): string {
  return fixpoint(text, (s) => punctuationEdits(s, options));
}

const UNIT = '(?:tỷ|triệu|nghìn|ngàn|đồng|đ|USD|VND|%|km|m|m2|m²|cm|mm|kg|tấn|ha|°C|giờ|phút)(?![\\p{L}\\p{M}\\p{N}])';
const NUMBER_UNIT = new RegExp(`(?<=\\p{N}) (?=${UNIT})`, 'gu');
const LARGE_NUMBER_UNIT = new RegExp(`(?<=\\p{N}\\u00A0(?:tỷ|triệu|nghìn|ngàn)) (?=${UNIT})`, 'gu');

/**
 * Non-breaking spaces for output (never for the YAML): between a number and its unit
 * (212 tỷ đồng), after "Số"/"số" before a number, inside a term ("khóa XI"), around a spaced hyphen, and inside a date.
 */
export function nbspEdits(text: string): Edit[] {
  const out: Edit[] = [];
  // Every rule needs a space, and all but the hyphen's a number (or the Roman numeral of "khóa").
  const has = scan(text);
  if (!(has & SPACE)) return out;
  const push = (i: number) => out.push({ start: i, end: i + 1, replacement: '\u00A0', ruleId: 'typo/nbsp' });
  if (has & DIGIT) {
    for (const m of text.matchAll(NUMBER_UNIT)) push(m.index);
    for (const m of text.matchAll(LARGE_NUMBER_UNIT)) push(m.index);
    if (has & SO) for (const m of text.matchAll(/(?<=(?<![\p{L}\p{M}])[Ss]ố:?) (?=\p{N})/gu)) push(m.index);
  }
  // "khóa XI" is one term: the numeral never starts a line on its own.
  if (has & K) for (const m of text.matchAll(/(?<=(?<![\p{L}\p{M}])(?:[Kk]h(?:óa|oá)|KH(?:ÓA|OÁ))) (?=[IVXLC]+(?![\p{L}\p{N}]))/gu)) push(m.index);
  // A spaced hyphen between words or numbers ("kinh tế - xã hội", "2024 - 2029") never starts or ends a
  // line: a line opening with "- " reads as a list item, and text extractors drop a hyphen at a line end.
  if (text.includes('-')) {
    for (const m of text.matchAll(/(?<=[\p{L}\p{M}\p{N}]) (?=-[ \u00A0][\p{L}\p{N}])/gu)) push(m.index);
    for (const m of text.matchAll(/(?<=[\p{L}\p{M}\p{N}][ \u00A0]-) (?=[\p{L}\p{N}])/gu)) push(m.index);
  }
  // A date reads as one unit and never splits: "ngày 28 tháng 12 năm 2026", "tháng 8 năm 2023".
  if (has & DIGIT && has & DATE_WORD) {
    for (const m of text.matchAll(/(?<=(?<![\p{L}\p{M}])(?:[Nn]gày|[Tt]háng)) (?=\d{1,2}(?!\p{N}))|(?<=(?<![\p{L}\p{M}])[Nn]ăm) (?=\d{4}(?!\p{N}))/gu)) push(m.index);
    for (const m of text.matchAll(/(?<=(?<![\p{L}\p{M}])(?:[Nn]gày|[Tt]háng)[ \u00A0]\d{1,2}) (?=(?:tháng|năm)[ \u00A0]\d)/gu)) push(m.index);
  }
  return out;
}

/** Output text with its non-breaking spaces (see `nbspEdits`). */
export function addNbsp(text: string): string {
  return fixpoint(text, nbspEdits, 3);
}
