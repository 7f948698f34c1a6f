import { describe, expect, test } from 'vitest';
import {
  applyToneStyle, cleanUnicode, controlCharEdits, detectToneStyles, foldTone, isNFC, nfdEdits, removeControlChars, toNFC,
} from '../../src/typography/index.js';

const hex = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).toUpperCase()).join(' ');

describe('Unicode (spec §8.1)', () => {
  test('NFD Việt composes to four code points', () => {
    const nfd = 'Vie\u0323\u0302t';
    expect(nfd.length).toBe(6);
    expect(toNFC(nfd)).toBe('Việt');
    expect(hex(toNFC(nfd))).toBe('56 69 1EC7 74');
    expect(isNFC(nfd)).toBe(false);
  });

  test('hòa and hoà stay different after NFC', () => {
    expect(hex(toNFC('hòa'))).toBe('68 F2 61');
    expect(hex(toNFC('hoà'))).toBe('68 6F E0');
  });

  test('nfdEdits reports the decomposed cluster with its offsets', () => {
    const text = 'Đảng ủy Vie\u0323\u0302t Nam';
    const edits = nfdEdits(text);
    expect(edits).toEqual([{ start: 10, end: 13, replacement: 'ệ', ruleId: 'typo/nfd' }]);
    expect(nfdEdits('Việt Nam')).toEqual([]);
  });

  test('control and zero-width characters are removed, \\n and \\t kept', () => {
    expect(removeControlChars('a\u200Bb\u00ADc\uFEFFd\u0007e\n\tf')).toBe('abcde\n\tf');
    expect(removeControlChars('a\r\nb')).toBe('a\nb');
    expect(controlCharEdits('x\u200By').map((e) => [e.start, e.end, e.ruleId])).toEqual([[1, 2, 'typo/control-char']]);
    expect(cleanUnicode('Vie\u0323\u200B\u0302t')).toBe('Việt');
  });
});

describe('tone placement (spec §8.2)', () => {
  const PAIRS: Array<[string, string]> = [
    ['hòa', 'hoà'], ['thủy', 'thuỷ'], ['ủy', 'uỷ'], ['khỏe', 'khoẻ'], ['hóa', 'hoá'], ['họa', 'hoạ'],
    ['lũy', 'luỹ'], ['tùy', 'tuỳ'], ['thúy', 'thuý'], ['hỏa', 'hoả'], ['xòe', 'xoè'], ['lòe', 'loè'],
    ['tòa', 'toà'], ['khóa', 'khoá'], ['thỏa', 'thoả'], ['hủy', 'huỷ'], ['quy hoạch', 'quy hoạch'],
    ['HÒA', 'HOÀ'], ['ỦY', 'UỶ'], ['THỦY', 'THUỶ'], ['Hòa', 'Hoà'], ['Ủy', 'Uỷ'], ['KHỎE', 'KHOẺ'],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Đảng ủy Quân sự tỉnh', 'Đảng uỷ Quân sự tỉnh'],
    ['HUYỆN ỦY ĐỊNH HÓA', 'HUYỆN UỶ ĐỊNH HOÁ'],
  ];
  test.each(PAIRS)('%s ↔ %s', (oldForm, newForm) => {
    expect(applyToneStyle(oldForm, 'new')).toBe(newForm);
    expect(applyToneStyle(newForm, 'old')).toBe(oldForm);
    expect(applyToneStyle(oldForm, 'old')).toBe(oldForm);
    expect(applyToneStyle(newForm, 'new')).toBe(newForm);
    expect(applyToneStyle(newForm, 'preserve')).toBe(newForm);
  });

  const INVARIANT = [
    'hoàn', 'toàn', 'khoản', 'thuyền', 'quý', 'quyền', 'già', 'hoa', 'thuy', 'hoài', 'ngoài', 'khuya', 'khuỷu',
    'quả', 'quà', 'giã', 'toán', 'loét', 'huých', 'hoẵng', 'thuế', 'tuổi', 'QUÝ', 'HOÀN TOÀN', 'Quỳnh', 'người',
  ];
  test.each(INVARIANT)('%s never changes', (w) => {
    expect(applyToneStyle(w, 'old')).toBe(w);
    expect(applyToneStyle(w, 'new')).toBe(w);
    expect(detectToneStyles(w)).toEqual([]);
  });

  test('decomposed input is composed and restyled', () => {
    expect(applyToneStyle('ho\u0300a', 'new')).toBe('hoà');
  });

  test('protected names are never rewritten, whatever their placement', () => {
    const text = 'Đồng chí Lò Văn Thủy phát biểu về công tác thủy lợi';
    expect(applyToneStyle(text, 'new', { protect: ['Lò Văn Thủy'] })).toBe('Đồng chí Lò Văn Thủy phát biểu về công tác thuỷ lợi');
    expect(applyToneStyle(text, 'new', { protect: ['Lò Văn Thuỷ'] })).toBe('Đồng chí Lò Văn Thủy phát biểu về công tác thuỷ lợi');
    expect(detectToneStyles(text, { protect: ['Lò Văn Thủy'] }).map((o) => o.word)).toEqual(['thủy']);
  });

  test('detectToneStyles gives styles and offsets', () => {
    expect(detectToneStyles('Đảng ủy và Đảng uỷ, hòa')).toEqual([
      { style: 'old', start: 5, end: 7, word: 'ủy' },
      { style: 'new', start: 16, end: 18, word: 'uỷ' },
      { style: 'old', start: 20, end: 23, word: 'hòa' },
    ]);
  });

  test('foldTone makes both placements compare equal without changing length', () => {
    expect(foldTone('Đảng uỷ, hoà')).toBe(foldTone('Đảng ủy, hòa'));
    expect(foldTone('Đảng uỷ, hoà').length).toBe('Đảng uỷ, hoà'.length);
  });
});
