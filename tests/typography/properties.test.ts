// Property tests: every text function returns NFC, is idempotent, and changes only what its rule
// names (letters are compared with tone marks stripped for the tone rule, letters alone for punctuation).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  applyToneStyle, capitalizeName, cleanUnicode, fixPunctuation, normalizeText, removeControlChars, sentenceCase, upperVi,
} from '../../src/typography/index.js';

// Pieces that exercise the rules: choice syllables, invariant ones, punctuation, quotes, dashes,
// digits, symbols, decomposed marks and invisible characters.
const PIECES = [
  'hòa', 'hoà', 'thủy', 'thuỷ', 'ủy', 'uỷ', 'khỏe', 'khoẻ', 'HÒA', 'UỶ', 'hoàn', 'quý', 'già', 'thuyền', 'Đảng', 'tỉnh',
  'Điện Biên', 'kinh tế', 'xã hội', 'NĐ-CP', '21/2019/NĐ-CP', 'T.Ư', 'KT-XH', '2020', '2025', '05', '1.500', 'a', 'b',
  ' ', '  ', ' ', ',', '.', ';', ':', '?', '!', '"', '...', '-', '–', '—', '(', ')', '“', '”', '\n', '\t',
  'e\u0301', 'o\u0302\u0300', '\u0323', '\u200B', '\u00AD', '\u0007', 'https://a.vn/x,y', 'Số', 'số',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((a) => a.join(''));
const anyText = fc.oneof(text, fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ maxLength: 30 }));

const letters = (s: string) => [...s.normalize('NFC')].filter((c) => /\p{L}/u.test(c)).join('');
const toneless = (s: string) => letters(s).normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC');
const isNfc = (s: string) => s === s.normalize('NFC');

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 400) };

describe('properties', () => {
  test('cleanUnicode: NFC, idempotent, letters kept', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = cleanUnicode(s);
        expect(isNfc(out)).toBe(true);
        expect(cleanUnicode(out)).toBe(out);
        expect(letters(out)).toBe(letters(removeControlChars(s)));
      }),
      RUNS,
    );
  });

  test.each(['old', 'new', 'preserve'] as const)('applyToneStyle(%s): NFC, idempotent, only tone marks move', (style) => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = applyToneStyle(s, style);
        expect(isNfc(out)).toBe(true);
        expect(applyToneStyle(out, style)).toBe(out);
        expect(toneless(out)).toBe(toneless(s));
        expect(out.length).toBe(s.normalize('NFC').length);
      }),
      RUNS,
    );
  });

  test('old and new are inverse on styled text', () => {
    fc.assert(
      fc.property(text, (s) => {
        const old = applyToneStyle(s, 'old');
        expect(applyToneStyle(applyToneStyle(old, 'new'), 'old')).toBe(old);
      }),
      RUNS,
    );
  });

  test.each(['hyphen', 'en'] as const)('fixPunctuation(%s): idempotent, letters untouched, NFC kept', (dash) => {
    fc.assert(
      fc.property(anyText, (s0) => {
        const s = s0.normalize('NFC');
        const out = fixPunctuation(s, { dash });
        expect(isNfc(out)).toBe(true);
        expect(fixPunctuation(out, { dash })).toBe(out);
        expect(letters(out)).toBe(letters(s));
      }),
      RUNS,
    );
  });

  test('normalizeText: NFC, idempotent, letters kept up to tone placement', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('old', 'new', 'preserve' as const), (s, toneStyle) => {
        const out = normalizeText(s, { toneStyle });
        expect(isNfc(out)).toBe(true);
        expect(normalizeText(out, { toneStyle })).toBe(out);
        expect(toneless(out)).toBe(toneless(removeControlChars(s)));
      }),
      RUNS,
    );
  });

  test('case functions: NFC and idempotent', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        for (const f of [upperVi, capitalizeName, sentenceCase]) {
          const out = f(s);
          expect(isNfc(out)).toBe(true);
          expect(f(out)).toBe(out);
        }
      }),
      RUNS,
    );
  });
});
