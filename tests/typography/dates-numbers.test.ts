import { describe, expect, test } from 'vitest';
import { nd30, hd36 } from '../../src/layout/profiles.js';
import {
  dateLine, dayPartDate, docNumber, money, numberFormat, numberLine, parseIsoDate, percent, periodLabel, pressDate,
  shortDate, weekday, yearRange,
} from '../../src/typography/index.js';

describe('dateLine (spec §8.3)', () => {
  test.each([
    ['Điện Biên', '2026-02-05', 'Điện Biên, ngày 05 tháng 02 năm 2026'],
    ['Điện Biên', '2026-03-07', 'Điện Biên, ngày 07 tháng 3 năm 2026'],
    ['Điện Biên', '2026-11-20', 'Điện Biên, ngày 20 tháng 11 năm 2026'],
    ['Hà Nội', '2020-01-05', 'Hà Nội, ngày 05 tháng 01 năm 2020'],
    ['Thành phố Hồ Chí Minh', '2019-06-29', 'Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019'],
    ['Điện Biên', '2023-08-22', 'Điện Biên, ngày 22 tháng 8 năm 2023'],
    ['Điện Biên', '2023-12-31', 'Điện Biên, ngày 31 tháng 12 năm 2023'],
    ['Điện Biên', '2023-10-09', 'Điện Biên, ngày 09 tháng 10 năm 2023'],
    // Partial dates leave blanks as drafts do (brief vectors, copied verbatim).
    ['Điện Biên', '2023-08', 'Điện Biên, ngày     tháng 8 năm 2023'],
    ['Điện Biên', '2024', 'Điện Biên, ngày     tháng     năm 2024'],
    ['Lai Châu', '2024-02', 'Lai Châu, ngày     tháng 02 năm 2024'],
  ])('%s %s', (place, iso, expected) => {
    expect(dateLine(place, iso)).toBe(expected);
  });

  test('accepts a date object', () => {
    expect(dateLine('Điện Biên', { year: 2026, month: 2, day: 5 })).toBe('Điện Biên, ngày 05 tháng 02 năm 2026');
  });

  test('rejects impossible dates', () => {
    expect(() => parseIsoDate('2023-02-30')).toThrow(RangeError);
    expect(() => parseIsoDate('2023-13')).toThrow(RangeError);
    expect(() => parseIsoDate('22/8/2023')).toThrow(RangeError);
  });
});

describe('short forms', () => {
  test.each([
    ['2020-03-05', '05/3/2020'],
    ['2017-11-20', '20/11/2017'],
    ['2026-01-09', '09/01/2026'],
    ['2018-04-03', '03/4/2018'],
    ['2024-12-22', '22/12/2024'],
    ['2020-03', '3/2020'],
    ['2020', '2020'],
  ])('shortDate %s → %s', (iso, expected) => expect(shortDate(iso)).toBe(expected));

  test.each([
    ['2023-08-22', '22-8'],
    ['2025-09-02', '2-9'],
    ['2025-05-01', '1-5'],
  ])('pressDate %s → %s', (iso, expected) => expect(pressDate(iso)).toBe(expected));

  test('part of day', () => {
    expect(dayPartDate('sáng', '2023-08-22')).toBe('sáng 22-8');
    expect(dayPartDate('chiều', '2022-10-14')).toBe('chiều 14-10');
  });

  test.each([
    ['2026-02-05', 'thứ Năm'],
    ['2023-08-22', 'thứ Ba'],
    ['2024-06-16', 'Chủ nhật'],
    ['2024-06-17', 'thứ Hai'],
    ['2024-06-22', 'thứ Bảy'],
    ['2024-06-21', 'thứ Sáu'],
    ['2024-06-19', 'thứ Tư'],
  ])('weekday %s → %s', (iso, expected) => expect(weekday(iso)).toBe(expected));

  test('periods', () => {
    expect(periodLabel(2016, 2021)).toBe('giai đoạn 2016 - 2021');
    expect(yearRange(2020, 2025)).toBe('2020 - 2025');
    expect(yearRange(2020, 2025, 'en')).toBe('2020 – 2025');
  });
});

describe('numbers (spec §8.5)', () => {
  test.each<[number | bigint, string]>([
    [1234567.89, '1.234.567,89'],
    [0.5, '0,5'],
    [0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [1500000, '1.500.000'],
    [-1234.5, '-1.234,5'],
    [212_000_000_000, '212.000.000.000'],
    [10n ** 18n, '1.000.000.000.000.000.000'],
  ])('numberFormat %s → %s', (n, expected) => expect(numberFormat(n)).toBe(expected));

  test('fixed decimals and space grouping', () => {
    expect(numberFormat(2.5, { decimals: 2 })).toBe('2,50');
    expect(numberFormat(1234.567, { decimals: 1 })).toBe('1.234,6');
    expect(numberFormat(1000, { group: ' ' })).toBe('1 000');
  });

  test.each([
    [0.256, '25,6%'],
    [0.5, '50%'],
    [1, '100%'],
    [0.07, '7%'],
    [0.9876, '98,76%'],
  ])('percent %s → %s', (r, expected) => expect(percent(r)).toBe(expected));

  test('money', () => {
    expect(money(212_000_000_000)).toBe('212 tỷ đồng');
    expect(money(1_500_000)).toBe('1.500.000 đồng');
    expect(money(2_500_000_000)).toBe('2,5 tỷ đồng');
    expect(money(1_500_000, { unit: 'đ' })).toBe('1.500.000 đ');
    expect(money(212_000_000_000, { scale: 'none', unit: 'VND' })).toBe('212.000.000.000 VND');
    expect(money(1_234_567_891)).toBe('1.234.567.891 đồng');
  });
});

describe('number and symbol line (spec §2.3, §4.3, §8.4)', () => {
  test.each<[typeof nd30.number, number | string | undefined, string, string, string]>([
    [nd30.number, 12, 'BC', 'UBND', 'Số: 12/BC-UBND'],
    [nd30.number, 5, 'BC', 'UBND', 'Số: 05/BC-UBND'],
    [nd30.number, '05', 'BC', 'UBND', 'Số: 05/BC-UBND'],
    [nd30.number, 15, 'QĐ', 'BNV', 'Số: 15/QĐ-BNV'],
    [nd30.number, 123, 'UBND', 'VX', 'Số: 123/UBND-VX'], // công văn: issuer then unit
    [hd36.number, 125, 'BC', 'ĐU', 'Số 125-BC/ĐU'],
    [hd36.number, 5, 'TB', 'ĐU', 'Số 05-TB/ĐU'],
    [hd36.number, 399, 'QĐ', 'TW', 'Số 399-QĐ/TW'],
    [nd30.number, undefined, 'BC', 'UBND', 'Số:      /BC-UBND'],
    [hd36.number, undefined, 'BC', 'ĐU', 'Số      -BC/ĐU'],
    [hd36.number, '', 'BC', 'ĐU', 'Số      -BC/ĐU'],
  ])('%#: %s', (form, n, type, issuer, expected) => expect(numberLine(form, n, type, issuer)).toBe(expected));

  test('docNumber pads below 10 only', () => {
    expect(docNumber(5)).toBe('05');
    expect(docNumber(10)).toBe('10');
    expect(docNumber(125)).toBe('125');
    expect(docNumber('7')).toBe('07');
  });
});
