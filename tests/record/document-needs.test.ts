// A document the record asks for without a field it needs is an error at that document's `kind`,
// naming the missing field; a record that has the fields passes.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadText } from '../../src/record/load.js';
import { checkRules } from '../../src/record/rules.js';
import { validateRecord } from '../../src/record/validate.js';

const GOOD = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8');

function needs(src: string) {
  const loaded = loadText('r.yaml', src);
  const v = validateRecord(loaded);
  expect(v.diagnostics).toEqual([]);
  return checkRules(loaded, v.record!)
    .filter((d) => d.ruleId === 'rules/document-needs')
    .map((d) => ({ rule: d.ruleId, severity: d.severity, at: d.start && `${d.start.line}:${d.start.column}`, vi: d.message.vi }));
}

const line = (src: string, text: string) => src.split('\n').indexOf(text) + 1;

describe('rules/document-needs', () => {
  test('a biên bản without a secretary names `secretary` at its kind', () => {
    const src = GOOD + '  - kind: bien-ban\n';
    expect(needs(src)).toEqual([
      { rule: 'rules/document-needs', severity: 'error', at: `${line(src, '  - kind: bien-ban')}:11`, vi: 'Văn bản `bien-ban` thiếu trường `secretary`: biên bản do thư ký ghi và ký' },
    ]);
  });

  test('with a secretary the biên bản is complete', () => {
    const src = GOOD.replace('chairs: [nguyen-van-a]', 'chairs: [nguyen-van-a]\nsecretary: nguyen-van-a') + '  - kind: bien-ban\n';
    expect(needs(src)).toEqual([]);
  });

  test('a chương trình without a programme and a giấy mời without venue or signer each name what they lack', () => {
    const src = GOOD + '  - kind: chuong-trinh\n    signers: [{ position: Bí thư }]\n  - kind: giay-moi\n';
    const gm = line(src, '  - kind: giay-moi');
    expect(needs(src).map((d) => [d.at, d.vi.split(':')[0]])).toEqual([
      [`${line(src, '  - kind: chuong-trinh')}:11`, 'Văn bản `chuong-trinh` thiếu trường `programme`'],
      [`${gm}:11`, 'Văn bản `giay-moi` thiếu trường `signers`'],
      [`${gm}:11`, 'Văn bản `giay-moi` thiếu trường `venue`'],
    ]);
  });

  test('a thông báo kết luận needs the conclusion; a tin bài needs nothing more', () => {
    const src = GOOD.replace(/^conclusion:\n(  .*\n)+/m, '') + '  - kind: thong-bao-ket-luan\n    signers: [{ position: Bí thư }]\n  - kind: tin-bai\n';
    expect(needs(src).map((d) => d.vi.split(':')[0])).toEqual(['Văn bản `thong-bao-ket-luan` thiếu trường `conclusion`']);
  });
});
