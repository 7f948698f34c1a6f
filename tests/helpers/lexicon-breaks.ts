// "Does this line break split a word?", asked of two printed lines: the last syllable of one and
// the first of the next, looked up with their neighbours in the shipped lexicon (case and tone
// placement folded), so "ĐẢNG UỶ QUÂN / SỰ TỈNH" and "khu / vực" are caught whatever their case.
import { classifyGaps } from '../../src/layout/lexicon.js';

const syllables = (line: string): string[] => line.split(/[\s\u00A0]+/).filter((s) => s !== '');

/** The words split between `upper` and `lower`, as "last | first", or undefined when none is. */
export function splitWord(upper: string, lower: string): string | undefined {
  const a = syllables(upper);
  const b = syllables(lower);
  if (a.length === 0 || b.length === 0) return undefined;
  const gap = classifyGaps([...a, ...b])[a.length - 1]!;
  return gap.inWord ? `${a.at(-1)} | ${b[0]}` : undefined;
}
