// Header checks run by `check`, with their positions (Typst-style expectations stated here).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintHeader } from '../../src/cli/lints/header.js';
import { loadText } from '../../src/record/load.js';
import { validateRecord } from '../../src/record/validate.js';

const GOOD = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8');

function lint(src: string) {
  const loaded = loadText('r.yaml', src);
  const v = validateRecord(loaded);
  expect(v.diagnostics).toEqual([]);
  return lintHeader(loaded, v.record!).map((d) => `${d.start?.line}:${d.start?.column} ${d.ruleId} ${d.message.vi}`);
}

describe('header lints', () => {
  it('the minimal record is clean', () => expect(lint(GOOD)).toEqual([]));

  it('a Party body with no superior', () => {
    expect(lint(GOOD.replace('    parent: Đảng bộ tỉnh Điện Biên\n', ''))).toEqual(['16:5 header/party-parent-missing Cơ quan đảng “Đảng ủy Quân sự tỉnh” chưa ghi cấp trên trực tiếp (parent)']);
  });

  it('a state header of four lines', () => {
    const src = GOOD.replace('profile: hd36', 'profile: nd30')
      .replace('    parent: Đảng bộ tỉnh Điện Biên', '    parent: Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu')
      .replace('  - name: Đảng ủy Quân sự tỉnh', '  - name: Sở Lao động - Thương binh và Xã hội tỉnh Bà Rịa - Vũng Tàu');
    expect(lint(src)).toEqual(["16:11 header/too-long Tên cơ quan ở tiêu đề chạy thành 5 dòng"]);
  });

  it('a place in two tone styles between header and date line', () => {
    const src = GOOD.replace('place: Điện Biên', 'place: Hoà Bình').replace('    parent: Đảng bộ tỉnh Điện Biên', '    parent: Đảng bộ tỉnh Hòa Bình');
    expect(lint(src)).toEqual(['13:8 header/place-tone Địa danh “Hoà Bình” viết khác “Hòa Bình” trong tên cơ quan (organizers[0].parent)']);
  });
});
