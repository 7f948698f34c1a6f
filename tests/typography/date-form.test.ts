// Leading zeros of the date line, a rule each profile states as data (spec §8.3).
import { describe, expect, it } from 'vitest';
import { dateLine, ND30_DATE_FORM } from '../../src/typography/index.js';

describe('dateLine with a date form', () => {
  it('pads day < 10 and months 1–2 under the ND30 rule, and nothing under a form that pads nothing', () => {
    expect(dateLine('Điện Biên', '2027-01-05', ND30_DATE_FORM)).toBe('Điện Biên, ngày 05 tháng 01 năm 2027');
    expect(dateLine('Điện Biên', '2026-03-07', ND30_DATE_FORM)).toBe('Điện Biên, ngày 07 tháng 3 năm 2026');
    expect(dateLine('Điện Biên', '2027-01-05', { padDay: false, padMonthsThrough: 0 })).toBe('Điện Biên, ngày 5 tháng 1 năm 2027');
    expect(dateLine('Điện Biên', '2026-09-05', { padDay: true, padMonthsThrough: 12 })).toBe('Điện Biên, ngày 05 tháng 09 năm 2026');
  });
});
