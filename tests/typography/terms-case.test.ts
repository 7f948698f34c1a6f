// "khóa 11" → "khóa XI" (fixable) and the case of ranks and bodies (reported, never rewritten).
import { describe, expect, it } from 'vitest';
import { applyEdits, caseFindings, roman, termEdits } from '../../src/typography/index.js';

describe('term numbers in Roman numerals', () => {
  it.each([
    ['Nghị quyết Trung ương 8 (khóa 11)', 'Nghị quyết Trung ương 8 (khóa XI)'],
    ['Nghị quyết T.Ư 8, khoá 11 về', 'Nghị quyết T.Ư 8, khoá XI về'],
    ['Ban Chấp hành Đảng bộ tỉnh Khóa 15', 'Ban Chấp hành Đảng bộ tỉnh Khóa XV'],
    ['KHÓA 14', 'KHÓA XIV'],
    ['khóa XI', 'khóa XI'],
    ['khóa học 2023', 'khóa học 2023'],
    ['khóa 0', 'khóa 0'],
    ['chìa khóa 12', 'chìa khóa XII'],
  ])('%s → %s', (from, to) => expect(applyEdits(from, termEdits(from))).toBe(to));

  it('roman numerals', () => expect([1, 4, 9, 11, 14, 40, 90, 2026].map(roman)).toEqual(['I', 'IV', 'IX', 'XI', 'XIV', 'XL', 'XC', 'MMXXVI']));
});

describe('case of ranks and bodies', () => {
  const found = (s: string) => caseFindings(s).filter((f) => f.reason === 'rank' || f.reason === 'body').map((f) => [s.slice(f.start, f.end), f.suggestion]);
  it.each([
    ['Trung Tướng Nguyễn Văn A', [['Trung Tướng', 'Trung tướng']]],
    ['dự hội nghị có đại tá Nguyễn Văn B', [['đại tá', 'Đại tá']]],
    ['các đại tá về hưu', []],
    ['Ủy viên Ban Thường Vụ Tỉnh ủy', [['Ban Thường Vụ', 'Ban Thường vụ']]],
    ['ban thường vụ Tỉnh ủy họp', [['ban thường vụ', 'Ban Thường vụ']]],
    ['các ban chỉ huy quân sự xã', []],
    ['Bộ Chỉ Huy Quân sự tỉnh', [['Bộ Chỉ Huy', 'Bộ Chỉ huy']]],
    ['Đại tá Khổng Đình Tám, Ban Chấp hành Trung ương', []],
    ['Thiếu Uý Lê C', [['Thiếu Uý', 'Thiếu uý']]],
    ['Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy', []],
  ] as const)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
