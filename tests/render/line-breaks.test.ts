// Frame lines break at word boundaries of the lexicon (issue 9, item 3): the lexicon as data, its
// matching in upper case and both tone styles, and the breaker's preferences, on measured widths.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyGaps, lexicon, lexiconDir, parseList } from '../../src/layout/lexicon.js';
import { measureText } from '../../src/layout/measure.js';
import { PROFILES, textWidth } from '../../src/layout/profiles.js';
import { pt, toPt } from '../../src/layout/units.js';
import { balancedLines, twoColumns } from '../../src/render/common.js';
import { addNbsp } from '../../src/typography/index.js';
import { splitWord } from '../helpers/lexicon-breaks.js';

const nd30 = PROFILES.nd30;
const hd36 = PROFILES.hd36;
const [ndLeft] = twoColumns(nd30.headerColumns, textWidth(nd30));
const issuer = nd30.elements.issuer;

describe('the lexicon', () => {
  it('is data of hundreds of reviewed words, each of two syllables or more, none twice', () => {
    const entries = parseList(readFileSync(join(lexiconDir(), 'words.txt'), 'utf8'));
    expect(entries.length).toBeGreaterThanOrEqual(300);
    for (const e of entries) expect(e.length, e.join(' ')).toBeGreaterThanOrEqual(2);
    const keys = entries.map((e) => e.join(' '));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    expect(lexicon().words.size).toBe(entries.length);
  });

  it('finds a word whatever its case and tone placement, and never across punctuation', () => {
    const inWord = (s: string) => classifyGaps(s.split(' ')).map((g) => g.inWord);
    expect(inWord('ĐẢNG UỶ QUÂN SỰ TỈNH')).toEqual([true, false, true, false]);
    expect(inWord('Đảng ủy Quân sự tỉnh')).toEqual([true, false, true, false]);
    expect(inWord('lãnh đạo, chỉ đạo')).toEqual([true, false, true]);
    expect(inWord('chỉ, đạo')).toEqual([false]);
    expect(inWord('Bà Rịa - Vũng Tàu')).toEqual([true, true, true, true]);
  });

  it('marks the gap before an administrative level, but not before a word that starts like one', () => {
    const before = (s: string) => classifyGaps(s.split(' ')).map((g) => g.beforeLevel);
    expect(before('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU')).toEqual([false, false, false, true, false, false]);
    expect(before('BỘ CHỈ HUY QUÂN SỰ QUÂN KHU 2')).toEqual([false, false, false, false, true, false, false]);
    expect(before('kinh tế xã hội')).toEqual([false, false, false]);
  });
});

describe('balancedLines at word boundaries', () => {
  // The breaks the issue reports, each in a column just too narrow for the line: none may recur.
  const cases: Array<[string, string[]]> = [
    ['ĐẢNG UỶ QUÂN SỰ TỈNH', ['ĐẢNG UỶ', 'QUÂN SỰ TỈNH']],
    ['ĐẢNG ỦY QUÂN SỰ TỈNH', ['ĐẢNG ỦY', 'QUÂN SỰ TỈNH']],
    ['BAN CHỈ HUY QUÂN SỰ HUYỆN', ['BAN CHỈ HUY', 'QUÂN SỰ HUYỆN']],
    ['BAN THƯỜNG VỤ QUÂN UỶ', ['BAN THƯỜNG VỤ', 'QUÂN UỶ']],
  ];
  it.each(cases)('"%s" in a column a little narrower than the line', (text, expected) => {
    const column = pt(toPt(measureText(text, issuer)) * 0.9);
    expect(balancedLines(text, issuer, column)).toEqual(expected);
  });

  it('breaks before the level: ỦY BAN NHÂN DÂN / TỈNH LAI CHÂU, ĐẢNG UỶ QUÂN SỰ / TỈNH ĐIỆN BIÊN', () => {
    expect(balancedLines('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', issuer, ndLeft)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LAI CHÂU']);
    expect(balancedLines('ĐẢNG UỶ QUÂN SỰ TỈNH ĐIỆN BIÊN', hd36.elements.issuer, pt(200))).toEqual(['ĐẢNG UỶ QUÂN SỰ', 'TỈNH ĐIỆN BIÊN']);
  });

  it('keeps a place name and a number range whole (their spaces are non-breaking or lexicon words)', () => {
    const text = addNbsp('ĐẢNG UỶ QUÂN SỰ TỈNH BÀ RỊA - VŨNG TÀU');
    const lines = balancedLines(text, issuer, pt(180));
    expect(lines.at(-1)).toMatch(/BÀ RỊA\u00A0-\u00A0VŨNG TÀU$/);
    const summary = addNbsp('sơ kết giữa nhiệm kỳ 2020 - 2025 thực hiện Quy chế phối hợp giữa Đảng uỷ Quân sự tỉnh với các Huyện uỷ');
    for (const width of [200, 240, 280, 320]) {
      const broken = balancedLines(summary, hd36.elements.summary, pt(width));
      expect(broken.some((l) => l.includes('2020\u00A0-\u00A02025')), `width ${width}`).toBe(true);
    }
  });

  // Every seed-like trích yếu at every column width from a third of the page to the page: no split
  // word where another breaking fits, every line within the column, the words unchanged.
  const summaries = [
    'sơ kết 1 năm thực hiện Quy chế phối hợp giữa Đảng uỷ Quân sự tỉnh Điện Biên với các huyện, thị, thành uỷ trong lãnh đạo, chỉ đạo nhiệm vụ quốc phòng, quân sự địa phương; xây dựng, hoạt động khu vực phòng thủ và công tác xây dựng Đảng',
    'Tổng kết 5 năm thực hiện Nghị định số 21/2019/NĐ-CP của Chính phủ về khu vực phòng thủ',
    'tổng kết 10 năm thực hiện Nghị quyết Trung ương 8 (khóa XI) về chiến lược bảo vệ Tổ quốc trong tình hình mới',
  ];
  it.each(summaries)('no word split at any width: %s', (raw) => {
    const text = addNbsp(raw);
    const style = nd30.elements.summary;
    for (let width = 160; width <= toPt(textWidth(nd30)); width += 7) {
      const lines = balancedLines(text, style, pt(width));
      expect(lines.join(' ')).toBe(text);
      for (const l of lines) expect(toPt(measureText(l, style))).toBeLessThanOrEqual(width + 1e-6);
      const splits = lines.slice(1).flatMap((l, i) => splitWord(lines[i]!, l) ?? []);
      expect(splits, `width ${width}: ${lines.join(' / ')}`).toEqual([]);
    }
  });
});
