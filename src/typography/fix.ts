// `--fix`: applies the lint's safe fixes to the YAML source in place. Edits go to exact source offsets
// of each scalar, so comments, key order, quoting and layout stay as the author wrote them. Every
// scalar's change is re-parsed and kept only if the value came out as intended (a plain scalar
// gaining ": " would otherwise turn into a map).
import { LineCounter, parseDocument } from 'yaml';
import type { ConferenceRecord } from '../record/types.generated.js';
import { applyEdits, nonOverlapping, type Edit } from './edits.js';
import { collectFindings, FIXABLE_RULES, type Finding, type LintOptions } from './lint.js';
import { sourceSpan, type StringScalar } from './scalars.js';

export interface FixResult {
  /** The fixed source (identical to the input when nothing applied). */
  readonly source: string;
  /** How many edits were applied. */
  readonly applied: number;
}

interface Planned {
  readonly valueEdit: Edit;
  readonly sourceEdit: Edit;
}

function plan(scalar: StringScalar, findings: readonly Finding[]): Planned[] {
  const valueEdits = nonOverlapping(
    findings.map((f) => ({ start: f.start, end: f.end, replacement: f.fix!, ruleId: f.ruleId })),
  );
  const out: Planned[] = [];
  for (const e of valueEdits) {
    const span = sourceSpan(scalar, e.start, e.end);
    if (span) out.push({ valueEdit: e, sourceEdit: { ...e, start: span[0], end: span[1] } });
  }
  return out;
}

function parsesTo(source: string, path: readonly (string | number)[], expected: string): boolean {
  const doc = parseDocument(source);
  return doc.errors.length === 0 && doc.getIn(path) === expected;
}

/** Tries a scalar's edits together, then one by one; returns the new source and the count applied. */
function applyScalar(source: string, scalar: StringScalar, planned: readonly Planned[]): [string, number] {
  const attempt = (set: readonly Planned[]): string | null => {
    const next = applyEdits(source, set.map((p) => p.sourceEdit));
    const expected = applyEdits(scalar.value, set.map((p) => p.valueEdit));
    return parsesTo(next, scalar.path, expected) ? next : null;
  };
  const all = attempt(planned);
  if (all !== null) return [all, planned.length];
  // Later edits first, so the source offsets of the ones still to try stay valid.
  let current = source;
  const kept: Planned[] = [];
  for (const p of [...planned].sort((a, b) => b.sourceEdit.start - a.sourceEdit.start)) {
    const next = applyEdits(current, [p.sourceEdit]);
    if (parsesTo(next, scalar.path, applyEdits(scalar.value, [...kept, p].map((k) => k.valueEdit)))) {
      current = next;
      kept.push(p);
    }
  }
  const count = kept.length;
  return [current, count];
}

/**
 * Applies the safe typography fixes (FIXABLE_RULES) to a record's YAML source, keeping comments,
 * order and layout. Runs until nothing more applies, so running it again changes nothing.
 */
export function fixRecordSource(source: string, file: string, record: ConferenceRecord, options: LintOptions = {}): FixResult {
  let current = source;
  let applied = 0;
  for (let round = 0; round < 8; round++) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(current, { lineCounter });
    if (doc.errors.length > 0) break;
    const findings = collectFindings({ file, source: current, doc, lineCounter }, record, options).filter(
      (f) => f.fix !== undefined && FIXABLE_RULES.has(f.ruleId),
    );
    const byScalar = new Map<StringScalar, Finding[]>();
    for (const f of findings) byScalar.set(f.scalar, [...(byScalar.get(f.scalar) ?? []), f]);
    let changed = 0;
    // From the end of the file backwards: editing one scalar never moves the ones before it.
    for (const scalar of [...byScalar.keys()].sort((a, b) => b.start - a.start)) {
      const planned = plan(scalar, byScalar.get(scalar)!);
      if (planned.length === 0) continue;
      const [next, n] = applyScalar(current, scalar, planned);
      current = next;
      changed += n;
    }
    applied += changed;
    if (changed === 0) break;
  }
  return { source: current, applied };
}
