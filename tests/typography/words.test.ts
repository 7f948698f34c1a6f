import { describe, expect, test } from 'vitest';
import { moneyInWords, numberToWords } from '../../src/typography/index.js';

// Hand-checked readings, as amounts are written out in official and accounting documents.
const CASES: Array<[number | bigint, string]> = [
  [0, 'không'],
  [1, 'một'],
  [4, 'bốn'],
  [5, 'năm'],
  [9, 'chín'],
  [10, 'mười'],
  [11, 'mười một'],
  [14, 'mười bốn'],
  [15, 'mười lăm'],
  [19, 'mười chín'],
  [20, 'hai mươi'],
  [21, 'hai mươi mốt'],
  [24, 'hai mươi tư'],
  [25, 'hai mươi lăm'],
  [31, 'ba mươi mốt'],
  [55, 'năm mươi lăm'],
  [90, 'chín mươi'],
  [99, 'chín mươi chín'],
  [100, 'một trăm'],
  [101, 'một trăm linh một'],
  [104, 'một trăm linh bốn'],
  [105, 'một trăm linh năm'],
  [110, 'một trăm mười'],
  [111, 'một trăm mười một'],
  [115, 'một trăm mười lăm'],
  [121, 'một trăm hai mươi mốt'],
  [200, 'hai trăm'],
  [212, 'hai trăm mười hai'],
  [345, 'ba trăm bốn mươi lăm'],
  [999, 'chín trăm chín mươi chín'],
  [1000, 'một nghìn'],
  [1001, 'một nghìn không trăm linh một'],
  [1005, 'một nghìn không trăm linh năm'],
  [1010, 'một nghìn không trăm mười'],
  [1015, 'một nghìn không trăm mười lăm'],
  [1100, 'một nghìn một trăm'],
  [1234, 'một nghìn hai trăm ba mươi tư'],
  [2021, 'hai nghìn không trăm hai mươi mốt'],
  [10_000, 'mười nghìn'],
  [15_000, 'mười lăm nghìn'],
  [21_000, 'hai mươi mốt nghìn'],
  [100_000, 'một trăm nghìn'],
  [105_000, 'một trăm linh năm nghìn'],
  [999_999, 'chín trăm chín mươi chín nghìn chín trăm chín mươi chín'],
  [1_000_000, 'một triệu'],
  [1_000_005, 'một triệu không trăm linh năm'],
  [1_500_000, 'một triệu năm trăm nghìn'],
  [2_010_000, 'hai triệu không trăm mười nghìn'],
  [12_345_678, 'mười hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám'],
  [100_000_000, 'một trăm triệu'],
  [1_000_000_000, 'một tỷ'],
  [1_000_000_005, 'một tỷ không trăm linh năm'],
  [1_005_000_000, 'một tỷ không trăm linh năm triệu'],
  [2_500_000_000, 'hai tỷ năm trăm triệu'],
  [212_000_000_000, 'hai trăm mười hai tỷ'],
  [1_000_000_000_000, 'một nghìn tỷ'],
  [1_002_000_000_000, 'một nghìn không trăm linh hai tỷ'],
  [1_234_567_891_011, 'một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi mốt nghìn không trăm mười một'],
  [5_000_000_001_000, 'năm nghìn tỷ không trăm linh một nghìn'],
  [1_000_000_000_000_000n, 'một triệu tỷ'],
  [10n ** 18n, 'một tỷ tỷ'],
  [10n ** 18n + 5n, 'một tỷ tỷ không trăm linh năm'],
  [25n * 10n ** 18n, 'hai mươi lăm tỷ tỷ'],
  [10n ** 21n, 'một nghìn tỷ tỷ'],
  [-15, 'âm mười lăm'],
];

describe('numberToWords', () => {
  test.each(CASES)('%s', (n, expected) => expect(numberToWords(n)).toBe(expected));

  test('settings: lẻ, ngàn, bốn, nhăm', () => {
    expect(numberToWords(105, { zeroTens: 'lẻ' })).toBe('một trăm lẻ năm');
    expect(numberToWords(1005, { zeroTens: 'lẻ', thousand: 'ngàn' })).toBe('một ngàn không trăm lẻ năm');
    expect(numberToWords(24, { four: 'bốn' })).toBe('hai mươi bốn');
    expect(numberToWords(25, { five: 'nhăm' })).toBe('hai mươi nhăm');
    // "mười lăm" and "mười bốn" do not follow the settings.
    expect(numberToWords(15, { five: 'nhăm' })).toBe('mười lăm');
    expect(numberToWords(14, { four: 'tư' })).toBe('mười bốn');
  });

  test('number and bigint agree', () => {
    for (const n of [0, 7, 1005, 212_000_000_000, Number.MAX_SAFE_INTEGER]) {
      expect(numberToWords(BigInt(n))).toBe(numberToWords(n));
    }
  });

  test('rejects non-integers and unsafe numbers', () => {
    expect(() => numberToWords(1.5)).toThrow(RangeError);
    expect(() => numberToWords(2 ** 60)).toThrow(RangeError);
  });

  test('moneyInWords', () => {
    expect(moneyInWords(212_000_000_000)).toBe('Hai trăm mười hai tỷ đồng');
    expect(moneyInWords(1_500_000)).toBe('Một triệu năm trăm nghìn đồng');
  });

  // Every reading of 0..99 999 uses only known words, "không" only alone or as "không trăm", and
  // the mốt/lăm/linh rules hold at the end. Failures are collected so one assertion reports them all.
  test('0..99 999: vocabulary and structure', () => {
    const vocabulary = new Set(['không', 'một', 'hai', 'ba', 'bốn', 'tư', 'năm', 'lăm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mươi', 'mốt', 'trăm', 'linh', 'nghìn']);
    const bad: string[] = [];
    for (let n = 0; n < 100_000; n++) {
      const w = numberToWords(n).split(' ');
      const units = n % 10;
      const tens = Math.floor(n / 10) % 10;
      const ok =
        w.every((word) => vocabulary.has(word)) &&
        (n === 0 || w.every((word, i) => word !== 'không' || w[i + 1] === 'trăm')) &&
        (!(tens >= 2 && units === 1) || w.at(-1) === 'mốt') &&
        (!(tens >= 1 && units === 5) || w.at(-1) === 'lăm') &&
        (!(n >= 100 && tens === 0 && units > 0) || w.at(-2) === 'linh') &&
        (!(n % 1000 === 0 && n > 0) || w.at(-1) === 'nghìn');
      if (!ok) bad.push(`${n}: ${w.join(' ')}`);
    }
    expect(bad).toEqual([]);
  });
});
