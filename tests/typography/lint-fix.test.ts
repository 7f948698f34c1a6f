import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import type { ConferenceRecord } from '../../src/record/types.generated.js';
import { FIXABLE_RULES, fixRecordSource, lintRecord } from '../../src/typography/index.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../schema/record.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const addFormats = addFormatsModule as unknown as (a: Ajv2020) => void;
addFormats(ajv);
const validate = ajv.compile(schema);

function load(source: string, file = 'test.yaml') {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  expect(doc.errors).toEqual([]);
  const record = doc.toJS() as ConferenceRecord;
  return { loaded: { file, source, doc, lineCounter }, record };
}

function valid(source: string): boolean {
  const ok = validate(parseDocument(source).toJS());
  if (!ok) console.error(validate.errors);
  return ok === true;
}

const YAML = `# hồ sơ thử
kind: tổng kết
subjects:
  - type: quy chế
    title: phối hợp giữa Đảng ủy Quân sự tỉnh với các Huyện ủy , Thành ủy
    period:
      label: giai đoạn 2016-2021 # như bài viết
      from: 2016
      to: 2021
date: "2022-09-08"
place: Điện Biên
profile: nd30
organizers:
  - name: Đảng ủy Quân sự tỉnh
    code: ĐUQS
people:
  - id: lo-van-thuy
    name: Lò Văn Thuỷ
speeches:
  - speaker: lo-van-thuy
    points:
      - Đảng uỷ Quân sự tỉnh đã  lãnh đạo xây dựng KVPT vững chắc.
      - "Đồng chí Lò Văn Thuỷ nhấn mạnh phong trào \\"Dân vận khéo\\"..."
      - 'Ủy ban nhân dân tỉnh và Đảng ủy phối hợp'
      - |
        Đảng ủy các cấp
        phát triển kinh tế – xã hội.
documents:
  - kind: bao-cao
    signers:
      - position: Bí thư
`;

describe('lintRecord', () => {
  test('mixed Đảng ủy / Đảng uỷ: typo/tone-mixed at the exact line:column', () => {
    const { loaded, record } = load(YAML);
    const diags = lintRecord(loaded, record);
    const tone = diags.filter((d) => d.ruleId === 'typo/tone-mixed');
    // nd30 asks for the old style; the one new-style "uỷ" (line 22) is reported, the name is not.
    expect(tone).toHaveLength(1);
    expect(tone[0]!.start).toEqual({ line: 22, column: 14 });
    expect(tone[0]!.end).toEqual({ line: 22, column: 16 });
    expect(tone[0]!.severity).toBe('warning');
    expect(tone[0]!.stage).toBe('typography');
    expect(tone[0]!.path).toEqual(['speeches', 0, 'points', 0]);
    expect(tone[0]!.message.vi).toContain('kiểu cũ');
    expect(tone[0]!.hint?.vi).toContain('“ủy”');
    expect(tone[0]!.message.en).toContain('old style');
  });

  test('other rules with positions; names, codes and ids are not linted', () => {
    const { loaded, record } = load(YAML);
    const at = (rule: string) =>
      lintRecord(loaded, record).filter((d) => d.ruleId === rule).map((d) => `${d.start!.line}:${d.start!.column}`);
    expect(at('typo/space-before-punct')).toEqual(['5:63']);
    expect(at('typo/dash')).toEqual(['7:28', '27:27']);
    expect(at('typo/double-space')).toEqual(['22:32']);
    expect(at('typo/abbr-undefined')).toEqual(['22:52']);
    // Inside the double-quoted scalar the escapes shift offsets; positions still land on the marks.
    expect(at('typo/quotes')).toEqual(['23:52', '23:66']);
    expect(at('typo/ellipsis')).toEqual(['23:68']);
    // Each position points at the text the rule is about.
    const lines = YAML.split('\n');
    const textAt = (rule: string) =>
      lintRecord(loaded, record)
        .filter((d) => d.ruleId === rule)
        .map((d) => lines[d.start!.line - 1]!.slice(d.start!.column - 1, d.end!.column - 1));
    expect(textAt('typo/space-before-punct')).toEqual([' ']);
    expect(textAt('typo/double-space')).toEqual(['  ']);
    expect(textAt('typo/abbr-undefined')).toEqual(['KVPT']);
    expect(textAt('typo/tone-mixed')).toEqual(['uỷ']);
    expect(textAt('typo/dash')).toEqual(['-', ' – ']);
    const all = lintRecord(loaded, record);
    expect(all.every((d) => d.severity === 'warning')).toBe(true);
    expect(all.some((d) => d.path?.[0] === 'people')).toBe(false);
    expect(all.some((d) => d.path?.includes('code'))).toBe(false);
  });

  test('toneStyle new flips the target; preserve uses the majority', () => {
    const { loaded, record } = load(YAML);
    const newStyle = lintRecord(loaded, record, { toneStyle: 'new' }).filter((d) => d.ruleId === 'typo/tone-mixed');
    expect(newStyle.length).toBeGreaterThan(1);
    const preserve = lintRecord(loaded, record, { toneStyle: 'preserve' }).filter((d) => d.ruleId === 'typo/tone-mixed');
    expect(preserve).toHaveLength(1);
  });

  test('NFD and control characters are reported with positions', () => {
    const src = YAML.replace('place: Điện Biên', 'place: Điê\u0323n Biên\u200B');
    const { loaded, record } = load(src);
    const d = lintRecord(loaded, record);
    expect(d.find((x) => x.ruleId === 'typo/nfd')?.start).toEqual({ line: 11, column: 10 });
    expect(d.find((x) => x.ruleId === 'typo/control-char')?.start).toEqual({ line: 11, column: 18 });
  });

  test('typo/case is reported, never fixed', () => {
    const src = YAML.replace('place: Điện Biên', 'place: Điện Biên\nvenue: hội trường Tỉnh Điện Biên');
    const { loaded, record } = load(src);
    expect(lintRecord(loaded, record).filter((d) => d.ruleId === 'typo/case').map((d) => d.start)).toEqual([{ line: 12, column: 19 }]);
    const fixed = fixRecordSource(src, 'test.yaml', record);
    expect(fixed.source).toContain('hội trường Tỉnh Điện Biên');
  });
});

describe('fixRecordSource', () => {
  test('fixes in place, keeps comments and layout, is idempotent, still validates', () => {
    const { record } = load(YAML);
    expect(valid(YAML)).toBe(true);
    const { source, applied } = fixRecordSource(YAML, 'test.yaml', record);
    expect(applied).toBeGreaterThan(0);
    expect(source).toContain('# hồ sơ thử');
    expect(source).toContain('# như bài viết');
    expect(source).toContain('label: giai đoạn 2016 - 2021 # như bài viết');
    expect(source).toContain('- Đảng ủy Quân sự tỉnh đã lãnh đạo xây dựng KVPT vững chắc.');
    expect(source).toContain('các Huyện ủy, Thành ủy');
    expect(source).toContain('phát triển kinh tế - xã hội.');
    expect(source).toContain('name: Lò Văn Thuỷ'); // the person's own spelling stays
    expect(source).toContain('Đồng chí Lò Văn Thuỷ nhấn mạnh'); // and so does the name in text
    // Same number of lines: nothing re-flowed.
    expect(source.split('\n').length).toBe(YAML.split('\n').length);
    expect(valid(source)).toBe(true);

    const again = fixRecordSource(source, 'test.yaml', record);
    expect(again).toEqual({ source, applied: 0 });

    const after = load(source);
    const left = lintRecord(after.loaded, after.record).filter((d) => FIXABLE_RULES.has(d.ruleId));
    // Only the escaped double-quoted scalar is out of reach of in-place edits.
    expect(left.every((d) => d.path?.join('/') === 'speeches/0/points/1')).toBe(true);
  });

  test('a fix that would break a plain scalar is not applied', () => {
    const src = YAML.replace("- 'Ủy ban nhân dân tỉnh và Đảng ủy phối hợp'", '- Kết quả:tốt');
    const { record } = load(src);
    const { source } = fixRecordSource(src, 'test.yaml', record);
    expect(parseDocument(source).errors).toEqual([]);
    expect(parseDocument(source).getIn(['speeches', 0, 'points', 2])).toBe('Kết quả:tốt');
  });

  test.each(readdirSync(join(import.meta.dirname, '../../data')).filter((f) => f.endsWith('.yaml')))('data/%s: fix leaves it valid and quiet', (f) => {
    const text = readFileSync(join(import.meta.dirname, '../../data', f), 'utf8');
    const { record } = load(text);
    const { source } = fixRecordSource(text, f, record);
    expect(valid(source)).toBe(true);
    expect(source.split('\n').filter((l) => l.trimStart().startsWith('#'))).toEqual(text.split('\n').filter((l) => l.trimStart().startsWith('#')));
    const after = load(source, f);
    const fixable = lintRecord(after.loaded, after.record).filter((d) => FIXABLE_RULES.has(d.ruleId));
    expect(fixable.map((d) => `${d.ruleId} ${d.start?.line}:${d.start?.column}`)).toEqual([]);
    expect(fixRecordSource(source, f, after.record).applied).toBe(0);
  });
});
