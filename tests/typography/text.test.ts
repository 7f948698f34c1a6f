import { describe, expect, test } from 'vitest';
import {
  addNbsp, capitalizeName, caseFindings, compareVi, expandAbbreviations, findAbbreviations, fixPunctuation,
  normalizeText, personName, punctuationEdits, sentenceCase, sortPersonNames, sortVi, upperVi,
} from '../../src/typography/index.js';

describe('case (spec §3)', () => {
  test.each([
    ['Đảng ủy Quân sự tỉnh', 'ĐẢNG ỦY QUÂN SỰ TỈNH'],
    ['Bộ Chỉ huy Quân sự tỉnh Điện Biên', 'BỘ CHỈ HUY QUÂN SỰ TỈNH ĐIỆN BIÊN'],
    ['đảng bộ tỉnh', 'ĐẢNG BỘ TỈNH'],
    ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ])('upperVi %s', (input, expected) => expect(upperVi(input)).toBe(expected));

  test.each([
    ['nguyễn ái quốc', 'Nguyễn Ái Quốc'],
    ['TRẦN PHÚ', 'Trần Phú'],
    ['  lò   văn  thủy ', 'Lò Văn Thủy'],
    ['đỗ đức anh', 'Đỗ Đức Anh'],
    ['vla-đi-mia i-lích lê-nin', 'Vla-đi-mia I-lích Lê-nin'],
  ])('capitalizeName %s', (input, expected) => expect(capitalizeName(input)).toBe(expected));

  test('personName with rank', () => {
    expect(personName('nguyễn văn a', 'Đại tá')).toBe('Đại tá Nguyễn Văn A');
    expect(personName('Trần Phú')).toBe('Trần Phú');
  });

  test('sentenceCase capitalises sentence starts and never lowers', () => {
    expect(sentenceCase('hội nghị đã thành công. tỉnh Điện Biên tiếp tục! đúng vậy')).toBe(
      'Hội nghị đã thành công. Tỉnh Điện Biên tiếp tục! Đúng vậy',
    );
    expect(sentenceCase('một dòng\nhai dòng')).toBe('Một dòng\nHai dòng');
  });

  test.each([
    ['Hội nghị tại Tỉnh Điện Biên đã thành công', 'Tỉnh', 'tỉnh'],
    ['Đảng ủy Quân sự Tỉnh.', 'Tỉnh', 'tỉnh'],
    ['đồng chí Bí thư Huyện Mường Chà', 'Huyện', 'huyện'],
    ['sự lãnh đạo của Đảng, nhà nước và nhân dân', 'nhà nước', 'Nhà nước'],
    ['vì lợi ích của nhân dân', 'nhân dân', 'Nhân dân'],
    ['Ủy ban Nhân dân tỉnh', 'Nhân dân', 'nhân dân'],
  ])('case lint flags: %s', (text, word, suggestion) => {
    const f = caseFindings(text);
    expect(f.map((x) => [text.slice(x.start, x.end), x.suggestion])).toContainEqual([word, suggestion]);
  });

  test.each([
    'Tỉnh Điện Biên có 10 huyện.',
    'Bộ Chỉ huy Quân sự tỉnh Điện Biên',
    'Tỉnh ủy Điện Biên và Huyện ủy Mường Chà',
    'Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019',
    'Ủy ban nhân dân tỉnh Sơn La',
    'Hội đồng nhân dân tỉnh',
    'lực lượng vũ trang nhân dân',
    'Quận 1, Phường Điện Biên Phủ',
    '- Tỉnh Điện Biên tổ chức',
    'Kết quả: Tỉnh Lai Châu dẫn đầu',
    'ĐẢNG ỦY QUÂN SỰ TỈNH ĐIỆN BIÊN',
  ])('case lint leaves alone: %s', (text) => expect(caseFindings(text)).toEqual([]));
});

describe('punctuation (spec §8.6)', () => {
  test.each([
    ['Hội nghị , tổng kết .', 'Hội nghị, tổng kết.'],
    ['Kết quả :tốt', 'Kết quả: tốt'],
    ['a,b;c', 'a, b; c'],
    ['hai  từ   cách', 'hai từ cách'],
    ['phong trào "Dân vận khéo" và "Thi đua"', 'phong trào “Dân vận khéo” và “Thi đua”'],
    ['vân vân...', 'vân vân…'],
    ['kinh tế – xã hội', 'kinh tế - xã hội'],
    ['kinh tế-xã hội', 'kinh tế - xã hội'],
    ['chính trị-xã hội', 'chính trị - xã hội'],
    ['kinh tế -xã hội', 'kinh tế - xã hội'],
    ['giai đoạn 2020-2025', 'giai đoạn 2020 - 2025'],
    ['giai đoạn 2020 – 2025', 'giai đoạn 2020 - 2025'],
    ['giai đoạn 2020—2025', 'giai đoạn 2020 - 2025'],
    ['Độc lập - Tự do - Hạnh phúc', 'Độc lập - Tự do - Hạnh phúc'],
  ])('fixPunctuation %s', (input, expected) => expect(fixPunctuation(input)).toBe(expected));

  test('en dash as a setting for ranges only', () => {
    expect(fixPunctuation('2020-2025 và kinh tế – xã hội', { dash: 'en' })).toBe('2020 – 2025 và kinh tế - xã hội');
  });

  test.each([
    'Nghị định số 21/2019/NĐ-CP ngày 29/3/2019',
    'Số: 05/BC-UBND',
    'Số 125-BC/ĐU',
    'Ban Chấp hành T.Ư Đảng',
    'phát triển KT-XH',
    'xem https://thuvienphapluat.vn/van-ban/a,b:c và www.a.vn',
    'ngày 20-11-2017 và ngày 2-9',
    'ô-tô, ra-đa, Vla-đi-mia Lê-nin',
    'lúc 14:30 ngày 05/3/2020',
    'tỷ lệ 25,6% và 1.234.567,89 đồng',
    'Nghị quyết số 57-NQ/TW, ngày 22/12/2024',
    './.',
  ])('never changes: %s', (text) => {
    expect(punctuationEdits(text)).toEqual([]);
    expect(fixPunctuation(text)).toBe(text);
  });

  test('edits carry rule ids and offsets', () => {
    expect(punctuationEdits('a ,b')).toEqual([
      { start: 1, end: 2, replacement: '', ruleId: 'typo/space-before-punct' },
      { start: 3, end: 3, replacement: ' ', ruleId: 'typo/space-after-punct' },
    ]);
  });

  test('an odd number of straight quotes is left for a human', () => {
    expect(fixPunctuation('cụm từ "Dân vận khéo')).toBe('cụm từ "Dân vận khéo');
  });

  test('NBSP between number and unit and after Số (output only)', () => {
    expect(addNbsp('đạt 212 tỷ đồng')).toBe('đạt 212\u00A0tỷ\u00A0đồng');
    expect(addNbsp('1.500.000 đồng')).toBe('1.500.000\u00A0đồng');
    expect(addNbsp('Nghị quyết số 57')).toBe('Nghị quyết số\u00A057');
    expect(addNbsp('25 km và 14 giờ 30 phút')).toBe('25\u00A0km và 14\u00A0giờ 30\u00A0phút');
    expect(addNbsp('Nghị quyết Trung ương 8 (khoá XI) và KHÓA XV')).toBe('Nghị quyết Trung ương 8 (khoá\u00A0XI) và KHÓA\u00A0XV');
    expect(addNbsp('chìa khóa Xe')).toBe('chìa khóa Xe');
    expect(addNbsp('5 đơn vị')).toBe('5 đơn vị');
    expect(addNbsp('tuổi số học')).toBe('tuổi số học');
    // A spaced hyphen is glued to both neighbours, so no line starts with "- " (a list item look-alike).
    expect(addNbsp('kinh tế - xã hội')).toBe('kinh tế\u00A0-\u00A0xã hội');
    expect(addNbsp('giai đoạn 2024 - 2029')).toBe('giai đoạn 2024\u00A0-\u00A02029');
    expect(addNbsp('- Lưu: VT')).toBe('- Lưu: VT');
    expect(addNbsp('NĐ-CP')).toBe('NĐ-CP');
  });

  test('normalizeText: NFC, cleanup, punctuation, tone style, NBSP', () => {
    expect(normalizeText('Đảng u\u0309y , kinh tế–xã hội  đạt 212 tỷ đồng', { toneStyle: 'old' })).toBe(
      'Đảng ủy, kinh tế\u00A0-\u00A0xã hội đạt 212\u00A0tỷ\u00A0đồng',
    );
    expect(normalizeText('Lò Văn Thủy và thủy lợi', { toneStyle: 'new', protect: ['Lò Văn Thủy'], nbsp: false })).toBe(
      'Lò Văn Thủy và thuỷ lợi',
    );
  });
});

describe('collation (spec §8.7)', () => {
  test('Vietnamese order', () => {
    expect(sortVi(['Đức', 'Dũng', 'Anh', 'Ánh', 'Ân', 'Ăn', 'An', 'Bình', 'Chi', 'Hòa', 'Hoà', 'Hoa', 'Hóa', 'Hỏa'])).toEqual([
      'An', 'Anh', 'Ánh', 'Ăn', 'Ân', 'Bình', 'Chi', 'Dũng', 'Đức', 'Hoa', 'Hoà', 'Hòa', 'Hỏa', 'Hóa',
    ]);
    expect(compareVi('d', 'đ')).toBeLessThan(0);
    expect(compareVi('o', 'ơ')).toBeLessThan(0);
    expect(compareVi('u', 'ư')).toBeLessThan(0);
  });

  test('person names by given name, middle names, surname', () => {
    expect(sortPersonNames(['Nguyễn Văn Bình', 'Trần Thị An', 'Lê Văn An', 'Phạm Đức Anh', 'Đỗ Minh Ánh', 'Vũ Thị Bích'])).toEqual([
      'Trần Thị An', 'Lê Văn An', 'Phạm Đức Anh', 'Đỗ Minh Ánh', 'Vũ Thị Bích', 'Nguyễn Văn Bình',
    ]);
    expect(sortPersonNames(['Lê Văn An', 'Hà Văn An'])).toEqual(['Hà Văn An', 'Lê Văn An']);
  });
});

describe('abbreviations', () => {
  const table = { KVPT: 'khu vực phòng thủ', 'KT-XH': 'kinh tế - xã hội' };

  test('expanded at the first use only, across calls of one document', () => {
    const seen = new Set<string>();
    expect(expandAbbreviations('Xây dựng KVPT vững chắc; KVPT là nền tảng.', table, seen)).toBe(
      'Xây dựng khu vực phòng thủ (KVPT) vững chắc; KVPT là nền tảng.',
    );
    expect(expandAbbreviations('Phát triển KT-XH gắn với KVPT.', table, seen)).toBe(
      'Phát triển kinh tế - xã hội (KT-XH) gắn với KVPT.',
    );
  });

  test('an inline definition counts; KT does not match inside KT-XH', () => {
    expect(expandAbbreviations('khu vực phòng thủ (KVPT) và KVPT', table)).toBe('khu vực phòng thủ (KVPT) và KVPT');
    expect(expandAbbreviations('KT-XH', { KT: 'kinh tế' })).toBe('KT-XH');
  });

  test('findAbbreviations: candidates and skips', () => {
    const text = 'Nghị quyết Trung ương 8 (khóa XI), KVPT, KT-XH, T.Ư, Nghị định 21/2019/NĐ-CP, Số 125-BC/ĐU, USD, BAN CHẤP HÀNH';
    expect(findAbbreviations(text).map((a) => a.token)).toEqual(['KVPT', 'KT-XH', 'T.Ư']);
    expect(findAbbreviations('QĐi và Hội nghị')).toEqual([]);
  });
});
