// Each file in tests/fixtures/bad declares what it must produce in its first lines, Typst-style:
// `# expect: LINE:COL RULE` (one line per diagnostic) or `# expect: none`. The harness asserts the
// exact set of diagnostics — rule id, line and column — so a fixture that stops failing fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { nodeHost } from '../../src/host/host.js';
import { loadRecord } from '../../src/record/index.js';

const BAD = 'tests/fixtures/bad';
const GOOD = 'tests/fixtures/good';

function expectations(file: string): string[] {
  // latin1: the header is ASCII even in the file that is deliberately not UTF-8.
  const head = readFileSync(file).toString('latin1').split('\n');
  const out: string[] = [];
  for (const line of head) {
    const m = /^# expect: (.+)$/.exec(line.trim());
    if (!m) break;
    if (m[1] !== 'none') out.push(m[1]!.trim());
  }
  return out;
}

const badFiles = readdirSync(BAD).filter((f) => /\.ya?ml$/.test(f)).sort();

describe('bad fixtures', () => {
  test('every fixture declares its expectation', () => {
    expect(badFiles.length).toBeGreaterThanOrEqual(14);
    for (const f of badFiles) expect(readFileSync(join(BAD, f)).toString('latin1')).toMatch(/^# expect: /);
  });

  test.each(badFiles)('%s', async (name) => {
    const file = join(BAD, name);
    const wanted = expectations(file);
    const result = await loadRecord(nodeHost, file);
    const got = result.diagnostics.map((d) => `${d.start?.line ?? 0}:${d.start?.column ?? 0} ${d.ruleId}`);
    expect(got.sort()).toEqual([...wanted].sort());
    // A fixture that expects errors must not yield a renderable record; one that expects none must.
    expect(result.record === undefined).toBe(wanted.length > 0);
  });
});

describe('good fixtures', () => {
  test.each(readdirSync(GOOD).filter((f) => /\.ya?ml$/.test(f)))('%s is clean', async (name) => {
    const result = await loadRecord(nodeHost, join(GOOD, name));
    expect(result.diagnostics).toEqual([]);
    expect(result.record).toBeDefined();
    expect(result.id).toBe('so-ket-quy-che-phoi-hop');
  });
});
