// Where a centred frame line (issuer, trích yếu, signer) breaks when it does not fit its column.
// Breaks fall only at ordinary spaces (a non-breaking space glues "2024 - 2029", "số 21"), never
// inside a word of the lexicon when any other way fits, and by preference before an administrative
// level or after a comma or semicolon; among the breakings with the fewest lines, the most even.
// Pure arithmetic on measured widths: the caller measures (../render/common.ts), so the DOCX and
// the PDF get the same lines.
import { classifyGaps, type Gap, type Lexicon } from './lexicon.js';

/**
 * Weights of the preferences, in units of the shape cost (the sum over lines of the squared
 * line-to-column width ratio). A preferred break may cost the lines that much evenness: 0.06 lets
 * two lines of a 1.6-column text differ by about a third of the column.
 */
export const BREAK_WEIGHTS = {
  beforeLevel: -0.06,
  afterClause: -0.04,
  afterLevel: 0.06,
} as const;

export interface BreakInput {
  /** The line's tokens: runs of text between ordinary spaces (a token may hold non-breaking spaces). */
  readonly tokens: readonly string[];
  /** Advance of each token, and of one space, in any one unit. */
  readonly widths: readonly number[];
  readonly space: number;
  /** The column's width, in the same unit. */
  readonly limit: number;
}

/** Gap classes between tokens: a token's NBSP-joined syllables are looked up with their neighbours. */
export function tokenGaps(tokens: readonly string[], lex?: Lexicon): Gap[] {
  const syllables: string[] = [];
  const ends: number[] = [];
  for (const t of tokens) {
    syllables.push(...t.split('\u00A0').filter((s) => s !== ''));
    ends.push(syllables.length - 1);
  }
  const gaps = classifyGaps(syllables, lex);
  return ends.slice(0, -1).map((e) => gaps[e]!);
}

/** Extra cost of breaking at a gap, beside the shape cost. */
function gapCost(g: Gap): number {
  return (g.beforeLevel ? BREAK_WEIGHTS.beforeLevel : 0) + (g.afterClause ? BREAK_WEIGHTS.afterClause : 0) + (g.afterLevel && !g.beforeLevel ? BREAK_WEIGHTS.afterLevel : 0);
}

interface Best {
  /** Words of the lexicon split, lines, then shape and preference cost: compared in that order. */
  readonly splits: number;
  readonly lines: number;
  readonly cost: number;
  readonly from: number;
}

function better(a: Best, b: Best | undefined): boolean {
  if (b === undefined) return true;
  if (a.splits !== b.splits) return a.splits < b.splits;
  if (a.lines !== b.lines) return a.lines < b.lines;
  return a.cost < b.cost - 1e-12;
}

/**
 * Token index ranges [start, end) of each line. A line wider than the column is only ever one
 * token alone (nothing narrower exists); otherwise every line fits.
 */
export function breakLines(input: BreakInput, gaps: readonly Gap[] = tokenGaps(input.tokens)): Array<[number, number]> {
  const { widths, space, limit } = input;
  const n = widths.length;
  if (n === 0) return [];
  const prefix = [0];
  for (const w of widths) prefix.push(prefix[prefix.length - 1]! + w);
  const width = (i: number, j: number) => prefix[j]! - prefix[i]! + space * (j - i - 1);
  // best[j]: the best way to set tokens [0, j) so that a line ends at j.
  const best: (Best | undefined)[] = [{ splits: 0, lines: 0, cost: 0, from: -1 }];
  for (let j = 1; j <= n; j++) {
    for (let i = j - 1; i >= 0; i--) {
      const w = width(i, j);
      if (w > limit && j - i > 1) break;
      const prev = best[i];
      if (!prev) continue;
      const gap = i > 0 ? gaps[i - 1]! : undefined;
      const ratio = w / limit;
      const candidate: Best = {
        splits: prev.splits + (gap?.inWord ? 1 : 0),
        lines: prev.lines + 1,
        cost: prev.cost + ratio * ratio + (gap ? gapCost(gap) : 0),
        from: i,
      };
      if (better(candidate, best[j])) best[j] = candidate;
    }
  }
  const out: Array<[number, number]> = [];
  for (let j = n; j > 0; j = best[j]!.from) out.unshift([best[j]!.from, j]);
  return out;
}
