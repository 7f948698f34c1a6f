// Heading numbers of the report scheme (ND30 Phụ lục I, scheme 6b): Phần thứ nhất / I. / 1. / a).
import type { Block, HeadingLevel } from '../document/model.js';
import type { HeadingLabel } from '../layout/profiles.js';
import { roman } from '../typography/terms.js';

const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
// The 23 base letters used for điểm (no ă â ê ô ơ ư, no f j w z); the exact sequence is UNCONFIRMED in the spec.
const POINT_LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

export { roman };

export function formatLabel(label: HeadingLabel, n: number): string {
  const core =
    label.style === 'ordinal-words'
      ? ORDINALS[n - 1] ?? String(n)
      : label.style === 'roman'
        ? roman(n)
        : label.style === 'alpha'
          ? POINT_LETTERS[n - 1] ?? String(n)
          : String(n);
  return label.prefix + core + label.suffix;
}

/** Numbers the headings in document order; a level restarts under a new heading of a higher level. */
export function numberHeadings(blocks: readonly Block[], labels: readonly HeadingLabel[]): Block[] {
  const counters = [0, 0, 0, 0];
  return blocks.map((b) => {
    if (b.kind !== 'heading') return b;
    const idx = (b.level as HeadingLevel) - 1;
    counters[idx]! += 1;
    for (let j = idx + 1; j < counters.length; j++) counters[j] = 0;
    const label = labels[idx];
    return label ? { ...b, label: formatLabel(label, counters[idx]!) } : b;
  });
}
