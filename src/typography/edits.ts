// Every typography rule reports its fixes as edits on the text it was given, so one result serves
// both the lint (positions) and `--fix` (apply) — the two can never disagree about what a rule does.

/** A replacement of text[start, end) by `replacement`, found by the rule `ruleId`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly ruleId: string;
}

/** Applies non-overlapping edits (earlier ones win on overlap); returns the new text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const chosen = nonOverlapping(edits);
  let out = '';
  let at = 0;
  for (const e of chosen) {
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Sorts edits and drops any that overlap one already kept (two insertions at one point overlap too). */
export function nonOverlapping(edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  let lastEnd = -1;
  let lastStart = -1;
  for (const e of sorted) {
    if (e.start < lastEnd || (e.start === lastStart && e.start === e.end)) continue;
    kept.push(e);
    lastEnd = e.end;
    lastStart = e.start;
  }
  return kept;
}

/** Drops edits that would change nothing, so lints stay quiet on text that is already right. */
export function effective(text: string, edits: readonly Edit[]): Edit[] {
  return edits.filter((e) => text.slice(e.start, e.end) !== e.replacement);
}

/** Runs `step` until it finds nothing more (rules can expose each other's cases), at most `rounds` times. */
export function fixpoint(text: string, step: (s: string) => readonly Edit[], rounds = 8): string {
  let current = text;
  for (let i = 0; i < rounds; i++) {
    const edits = effective(current, step(current));
    if (edits.length === 0) break;
    current = applyEdits(current, edits);
  }
  return current;
}
