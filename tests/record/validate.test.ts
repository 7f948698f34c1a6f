import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadText } from '../../src/record/load.js';
import { validateRecord } from '../../src/record/validate.js';
import { checkRules, isRealDate } from '../../src/record/rules.js';
import { recipients } from '../../src/compose/frame.js';
import { PROFILES } from '../../src/layout/profiles.js';
import { editDistance, fold, suggest } from '../../src/record/suggest.js';

const GOOD = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8');

/** The good record with one line replaced (or removed, with `to` = null). */
function variant(from: string, to: string | null): string {
  const lines = GOOD.split('\n');
  const i = lines.indexOf(from);
  if (i < 0) throw new Error(`no line ${from}`);
  if (to === null) lines.splice(i, 1);
  else lines.splice(i, 1, ...to.split('\n'));
  return lines.join('\n');
}

function check(src: string) {
  const loaded = loadText('r.yaml', src);
  expect(loaded.diagnostics).toEqual([]);
  const v = validateRecord(loaded);
  return { loaded, v, ds: v.diagnostics.map((d) => ({ rule: d.ruleId, at: d.start && `${d.start.line}:${d.start.column}`, vi: d.message.vi, en: d.message.en, hint: d.hint?.vi })) };
}

describe('schema messages', () => {
  test('the good record is valid', () => {
    expect(check(GOOD).v.valid).toBe(true);
  });

  test('missing required field names it by its Vietnamese title', () => {
    const { ds } = check(variant('place: Điện Biên', null));
    expect(ds).toMatchObject([{ rule: 'schema/required', at: '2:1', vi: 'Thiếu trường bắt buộc `place` (Địa danh)', en: 'Missing required field `place` (Địa danh)' }]);
  });

  test('missing field of a nested mapping points at its key and names the parent', () => {
    const { ds } = check(variant('    code: ĐUQS', null));
    expect(ds).toMatchObject([{ rule: 'schema/required', at: '16:5', vi: 'Thiếu trường bắt buộc `code` (Chữ viết tắt tên cơ quan) trong mục thứ 1 của `organizers` (Cơ quan tổ chức)' }]);
  });

  test('unknown key: at the key, with the closest allowed key by spelling or Vietnamese title', () => {
    const typo = check(variant('place: Điện Biên', 'plase: Điện Biên')).ds;
    expect(typo).toContainEqual(expect.objectContaining({ rule: 'schema/unknown-key', at: '13:1', vi: 'Trường `plase` không có trong mẫu — có phải ý bạn là `place`?' }));
    const vietnamese = check(variant('    rank: Đại tá', '    capbac: Đại tá')).ds;
    expect(vietnamese).toMatchObject([{ rule: 'schema/unknown-key', at: '21:5', vi: 'Trường `capbac` không có trong mẫu — có phải ý bạn là `rank`?' }]);
    const nothingClose = check(variant('    rank: Đại tá', '    zzzzzz: Đại tá')).ds;
    expect(nothingClose).toMatchObject([{ rule: 'schema/unknown-key', vi: 'Trường `zzzzzz` không có trong mẫu' }]);
    expect(nothingClose[0]!.hint).toBe('Các trường được phép ở đây: id, rank, name, positions.');
  });

  test('wrong type: a plain number where text is wanted gets a hint to quote it', () => {
    const { ds } = check(variant('date: "2023-08-22"', 'date: 2024'));
    expect(ds).toMatchObject([{ rule: 'schema/type', at: '11:7', vi: 'Trường `date` (Ngày họp) phải là chữ (chuỗi), nhưng đang là số nguyên', hint: 'Đặt giá trị trong dấu nháy để YAML đọc thành chữ: "2024"' }]);
  });

  test('leading zero: the exact message', () => {
    const { ds } = check(variant('    number: "05"', '    number: 08'));
    expect(ds).toMatchObject([{ rule: 'schema/leading-zero', vi: 'Số `08` bị YAML đọc thành 8 — hãy đặt trong dấu nháy: "08"' }]);
  });

  test('an empty value is reported as empty, with a hint to fill it in', () => {
    const { ds } = check(variant('place: Điện Biên', 'place:'));
    // The caret sits just after the colon, where the value belongs.
    expect(ds).toMatchObject([{ rule: 'schema/type', at: '13:7', vi: 'Trường `place` (Địa danh) phải là chữ (chuỗi), nhưng đang là để trống', hint: 'Điền giá trị sau dấu hai chấm, hoặc xóa cả dòng nếu không dùng.' }]);
  });

  test('enum lists the allowed values and suggests the one typed without tone marks', () => {
    const { ds } = check(variant('dayPart: sáng', 'dayPart: sang'));
    expect(ds).toMatchObject([{ rule: 'schema/enum', vi: '`sang` không thuộc các giá trị cho phép: sáng, chiều, tối', hint: 'Có phải ý bạn là `sáng`?' }]);
  });

  test('pattern, min-items, minimum, key pattern', () => {
    expect(check(variant('    code: ĐUQS', '    code: đuqs')).ds).toMatchObject([{ rule: 'schema/pattern', at: '18:11' }]);
    const noDocs = GOOD.slice(0, GOOD.indexOf('documents:')) + 'documents: []\n';
    expect(check(noDocs).ds).toMatchObject([{ rule: 'schema/min-items', vi: 'Trường `documents` (Văn bản ban hành) cần ít nhất 1 mục' }]);
    expect(check(variant('      from: 2022', '      from: 1800')).ds).toMatchObject([{ rule: 'schema/minimum', vi: '`1800` nhỏ hơn mức tối thiểu 1900 của trường `from` (Năm bắt đầu)' }]);
    // ajv reports a bad abbreviation key twice (pattern + propertyNames): we say it once, at the key.
    expect(check(GOOD + 'abbreviations:\n  kvpt: khu vực phòng thủ\n').ds).toMatchObject([{ rule: 'schema/key-pattern', at: '39:3' }]);
  });

  test('a list item is named by its position in the list', () => {
    const { ds } = check(variant('      - Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh', '      - 5'));
    expect(ds).toMatchObject([{ rule: 'schema/type', vi: 'Mục thứ 1 của `positions` (Chức vụ) phải là chữ (chuỗi), nhưng đang là số nguyên' }]);
  });

  test('every error of a file is reported, each once', () => {
    const src = variant('dayPart: sáng', 'dayPart: sang\nextra: 1').replace('      to: 2023', '      to: "2023"');
    const rulesSeen = check(src).ds.map((d) => d.rule).sort();
    expect(rulesSeen).toEqual(['schema/enum', 'schema/type', 'schema/unknown-key']);
  });
});

describe('rules', () => {
  const rulesOf = (src: string) => {
    const { loaded, v } = check(src);
    expect(v.diagnostics).toEqual([]);
    return checkRules(loaded, v.record!).map((d) => ({ rule: d.ruleId, at: d.start && `${d.start.line}:${d.start.column}`, vi: d.message.vi, hint: d.hint?.vi }));
  };

  test('impossible date: the exact message', () => {
    expect(rulesOf(variant('date: "2023-08-22"', 'date: "2023-02-30"'))).toEqual([
      expect.objectContaining({ rule: 'rules/impossible-date', at: '11:7', vi: '`2023-02-30` không phải là ngày có thật' }),
    ]);
  });

  test.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2023-13', false],
    ['2023-00', false],
    ['2023-04-31', false],
    ['2023-04-00', false],
    ['2023-12-31', true],
    ['2024', true],
    ['--02-29', true],
    ['--02-30', false],
    ['--13-01', false],
    ['--04-31', false],
    ['--08', false],
  ])('isRealDate(%s) = %s', (iso, real) => expect(isRealDate(iso)).toBe(real));

  test('duplicate person id points at the second one', () => {
    const src = variant('chairs: [nguyen-van-a]', '  - id: nguyen-van-a\n    name: Nguyễn Văn Á\nchairs: [nguyen-van-a]');
    expect(rulesOf(src)).toEqual([expect.objectContaining({ rule: 'rules/duplicate-id', at: '25:9', vi: 'Mã người `nguyen-van-a` đã dùng cho người thứ 1 (Nguyễn Văn A)' })]);
  });

  test('dangling ids everywhere a person is named, with a close suggestion', () => {
    const src = variant('        person: nguyen-van-a', '        person: nguyen-vn-a');
    expect(rulesOf(src)).toEqual([
      { rule: 'rules/unknown-person', at: '37:17', vi: 'Mã người `nguyen-vn-a` không có trong mục `people`', hint: 'Có phải ý bạn là `nguyen-van-a`?' },
    ]);
  });

  test('a date with parts unknown is an info that names them; no date at all too', () => {
    expect(rulesOf(variant('date: "2023-08-22"', 'date: "--08-18"'))).toEqual([
      { rule: 'rules/date-partial', at: '11:7', vi: 'Chưa rõ năm họp: dòng ngày tháng của văn bản để trống phần đó như bản nháp', hint: 'Điền vào văn bản khi ký, hoặc bổ sung vào hồ sơ khi có nguồn.' },
    ]);
    expect(rulesOf(variant('date: "2023-08-22"', null))).toEqual([expect.objectContaining({ rule: 'rules/date-partial', vi: expect.stringMatching(/^Chưa rõ ngày, tháng, năm họp/) })]);
    expect(rulesOf(variant('date: "2023-08-22"', 'date: "2023-08"'))).toEqual([expect.objectContaining({ rule: 'rules/date-partial', at: '11:7', vi: expect.stringMatching(/^Chưa rõ ngày họp/) })]);
  });

  test('an impossible date lists the accepted forms', () => {
    const [d] = rulesOf(variant('date: "2023-08-22"', 'date: "--02-30"'));
    expect(d).toMatchObject({ rule: 'rules/impossible-date', at: '11:7' });
    expect(d!.hint).toContain('"--08-22" (ngày và tháng, chưa rõ năm)');
  });

  test('a subject with no name, number or title cannot be cited; a number alone can', () => {
    expect(rulesOf(variant('    title: phối hợp giữa Bộ Chỉ huy Quân sự tỉnh và Công an tỉnh', null))).toEqual([
      expect.objectContaining({ rule: 'rules/subject-unnamed', at: '5:5' }),
    ]);
    expect(rulesOf(variant('    title: phối hợp giữa Bộ Chỉ huy Quân sự tỉnh và Công an tỉnh', '    number: 152/2007/NĐ-CP'))).toEqual([]);
  });

  test('no profile and no system: the record cannot be laid out', () => {
    expect(rulesOf(variant('profile: hd36', null))).toEqual([expect.objectContaining({ rule: 'rules/profile-unknown', at: '15:5' })]);
    expect(rulesOf(variant('profile: hd36', null).replace('    code: ĐUQS', '    code: ĐUQS\n    system: đảng'))).toEqual([]);
  });

  test('period to before from', () => {
    expect(rulesOf(variant('      to: 2023', '      to: 2021'))).toEqual([expect.objectContaining({ rule: 'rules/period-order', at: '10:11' })]);
  });

  test('an ND30 record without a drafting unit is warned once, at the lead organiser; with one, the archive line names it', () => {
    const nd30 = variant('profile: hd36', 'profile: nd30');
    const loaded = loadText('r.yaml', nd30);
    const found = checkRules(loaded, validateRecord(loaded).record!);
    expect(found.map((d) => ({ rule: d.ruleId, severity: d.severity, at: `${d.start?.line}:${d.start?.column}` }))).toEqual([
      { rule: 'record/archive-unit-missing', severity: 'warning', at: '16:5' },
    ]);
    expect(found[0]!.message.vi).toContain('organizers[0].unit');
    const withUnit = variant('profile: hd36', 'profile: nd30').replace('    code: ĐUQS', '    code: ĐUQS\n    unit: VP');
    const loadedUnit = loadText('r.yaml', withUnit);
    const record = validateRecord(loadedUnit).record!;
    expect(checkRules(loadedUnit, record)).toEqual([]);
    expect(recipients(record, record.documents[0]!, PROFILES.nd30).at(-1)).toBe('Lưu: VT, VP');
    // HD 36's archive line has no unit slot: nothing to warn about.
    expect(rulesOf(GOOD)).toEqual([]);
  });
});

describe('suggest', () => {
  test('fold removes tones and spaces', () => expect(fold('Chức vụ Đảng')).toBe('chucvudang'));
  test('edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
  test('Vietnamese title without diacritics leads to the key', () => {
    expect(suggest('chucvu', [{ value: 'positions', aliases: ['Chức vụ'] }, { value: 'name', aliases: ['Họ và tên'] }])).toBe('positions');
    expect(suggest('hoten', [{ value: 'positions', aliases: ['Chức vụ'] }, { value: 'name', aliases: ['Họ và tên'] }])).toBe('name');
    expect(suggest('xyz', [{ value: 'positions', aliases: ['Chức vụ'] }])).toBeUndefined();
  });
});
