// Layout decisions both renderers share: even line breaks in the frame, rule lengths, leads.
import { describe, expect, it } from 'vitest';
import { measureText } from '../../src/layout/measure.js';
import { PROFILES, textWidth } from '../../src/layout/profiles.js';
import { pt, toPt } from '../../src/layout/units.js';
import { balancedLines, recipientLines, ruleLength, twoColumns } from '../../src/render/common.js';
import { MODELS } from './fixtures.js';

const nd30 = PROFILES.nd30;
const [left] = twoColumns(nd30.headerColumns, textWidth(nd30));

describe('balancedLines', () => {
  it('breaks an issuer that does not fit into even lines, as clerks set it', () => {
    expect(balancedLines('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', nd30.elements.issuer, left)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LAI CHÂU']);
  });

  it('leaves a line that fits alone, and never makes a line wider than the column', () => {
    expect(balancedLines('ỦY BAN NHÂN DÂN', nd30.elements.issuer, left)).toEqual(['ỦY BAN NHÂN DÂN']);
    const long = 'Tổng kết 5 năm thực hiện Nghị định số 21/2019/NĐ-CP của Chính phủ về khu vực phòng thủ trên địa bàn tỉnh';
    const lines = balancedLines(long, nd30.elements.summary, textWidth(nd30));
    expect(lines.join(' ')).toBe(long);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(toPt(measureText(l, nd30.elements.summary))).toBeLessThanOrEqual(toPt(textWidth(nd30)));
  });
});

describe('ruleLength', () => {
  it('is the text width under the Tiêu ngữ and the profile fraction under the issuer', () => {
    const sub = nd30.elements.headingSub;
    const text = toPt(measureText('Độc lập - Tự do - Hạnh phúc', sub));
    expect(toPt(ruleLength(nd30.marks.heading, ['Độc lập - Tự do - Hạnh phúc'], sub, pt(400))!)).toBeCloseTo(text, 6);
    const issuer = toPt(measureText('ỦY BAN NHÂN DÂN', nd30.elements.issuer));
    expect(toPt(ruleLength(nd30.marks.issuer, ['ỦY BAN NHÂN DÂN', 'TỈNH'], nd30.elements.issuer, left)!)).toBeCloseTo(0.4 * issuer, 6);
    expect(ruleLength(PROFILES.hd36.marks.issuer, ['X'], nd30.elements.issuer, left)).toBeUndefined();
  });
});

describe('recipientLines', () => {
  it('leads every line with "- ", ends them with the profile punctuation and the last with "."', () => {
    expect(recipientLines(MODELS.nd30.frame, nd30)).toEqual(['- Như trên;', '- Thường trực Tỉnh ủy;', '- Thường trực HĐND tỉnh;', '- Bộ CHQS tỉnh;', '- Lưu: VT, NC.']);
    expect(recipientLines(MODELS.hd36.frame, PROFILES.hd36).at(-1)).toBe('- Lưu Văn phòng.');
    expect(recipientLines(MODELS.hd36.frame, PROFILES.hd36)[0]).toBe('- Đảng ủy Quân khu 2 (để báo cáo),');
  });
});
