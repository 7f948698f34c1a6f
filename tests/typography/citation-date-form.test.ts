// The two typography rules a profile now states as data: leading zeros of the date line, and the
// comma before "ngày" when a Party document cites another (spec §4.6, §8.3).
import { describe, expect, it } from 'vitest';
import { dateLine, documentCitation, ND30_DATE_FORM } from '../../src/typography/index.js';

describe('dateLine with a date form', () => {
  it('pads day < 10 and months 1–2 under the ND30 rule, and nothing under a form that pads nothing', () => {
    expect(dateLine('Điện Biên', '2027-01-05', ND30_DATE_FORM)).toBe('Điện Biên, ngày 05 tháng 01 năm 2027');
    expect(dateLine('Điện Biên', '2026-03-07', ND30_DATE_FORM)).toBe('Điện Biên, ngày 07 tháng 3 năm 2026');
    expect(dateLine('Điện Biên', '2027-01-05', { padDay: false, padMonthsThrough: 0 })).toBe('Điện Biên, ngày 5 tháng 1 năm 2027');
    expect(dateLine('Điện Biên', '2026-09-05', { padDay: true, padMonthsThrough: 12 })).toBe('Điện Biên, ngày 05 tháng 09 năm 2026');
  });
});

describe('documentCitation', () => {
  const nq = { type: 'nghị quyết', number: '57-NQ/TW', date: '2024-12-22', issuer: 'Bộ Chính trị', title: 'về đột phá phát triển khoa học, công nghệ' };

  it('puts a comma before "ngày" in the Party form and none in the state form', () => {
    expect(documentCitation(nq, { beforeDate: ', ' })).toBe('Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ');
    expect(documentCitation({ ...nq, type: 'nghị định', number: '30/2020/NĐ-CP', date: '2020-03-05', issuer: 'Chính phủ', title: 'về công tác văn thư' }, { beforeDate: ' ' })).toBe(
      'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư',
    );
  });

  it('writes what the record has: no date, a month or a year', () => {
    const { date: _, ...undated } = nq;
    expect(documentCitation(undated, { beforeDate: ', ' })).toBe('Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ');
    expect(documentCitation({ ...nq, date: '2024-12' }, { beforeDate: ', ' })).toContain('57-NQ/TW, tháng 12/2024 của');
    expect(documentCitation({ type: 'quy chế', date: '2022', title: 'phối hợp' }, { beforeDate: ', ' })).toBe('Quy chế năm 2022 phối hợp');
  });
});
