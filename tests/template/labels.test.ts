import { describe, expect, it } from 'vitest';
import { numberHeadings, roman } from '../../src/compose/labels.js';
import { nd30 } from '../../src/layout/profiles.js';
import type { Block } from '../../src/document/model.js';

const h = (level: 1 | 2 | 3 | 4, text: string): Block => ({ kind: 'heading', level, content: [{ kind: 'text', text }] });

describe('heading numbers (ND30 scheme 6b)', () => {
  it('numbers Phần thứ nhất / I. / 1. / a) and restarts lower levels', () => {
    const out = numberHeadings(
      [h(1, 'A'), h(2, 'B'), h(3, 'C'), h(4, 'D'), h(4, 'E'), h(3, 'F'), h(2, 'G'), h(3, 'H'), h(1, 'I'), h(2, 'J')],
      nd30.headingLabels,
    );
    expect(out.map((b) => (b.kind === 'heading' ? b.label : ''))).toEqual([
      'Phần thứ nhất', 'I.', '1.', 'a)', 'b)', '2.', 'II.', '1.', 'Phần thứ hai', 'I.',
    ]);
  });

  it('writes Roman numerals', () => {
    expect([1, 4, 9, 14, 40, 1990].map(roman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXC']);
  });
});
