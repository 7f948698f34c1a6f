// The hostile corpus (tests/fixtures/hostile): text that cannot be written, numbers YAML cannot hold,
// text multiplied by aliases, invisible characters. Each file states what the load boundary must
// say (`# expect: LINE:COL RULE` or `# expect: none`); the CLI must never print a stack trace for
// any of them. The template attacks (tests/fixtures/hostile/templates, one unit folder each) state
// theirs in a first-line comment of bao-cao.hbs (`{{!-- expect: FILE LINE:COL|- RULE --}}`). Then
// fast-check throws random text at the loader, the markup parser and the typography passes (tests/helpers/fuzz-worker.mjs, on a thread with a heap and a time limit):
// no throw, no hang, NFC out.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it, test } from 'vitest';
import { nodeHost } from '../../src/host/host.js';
import { loadFile } from '../../src/record/load.js';
import { loadRecord } from '../../src/record/index.js';
import { buildDocument } from '../../src/compose/build.js';
import { PROFILES } from '../../src/layout/profiles.js';
import { TemplateEngine, builtinTemplatesDir } from '../../src/template/engine.js';
import { tempDir } from '../helpers/files.js';

const HOSTILE = 'tests/fixtures/hostile';
const files = readdirSync(HOSTILE).filter((f) => f.endsWith('.yaml')).sort();

function expectations(file: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^# expect: (.+)$/.exec(line.trim());
    if (!m) break;
    if (m[1] !== 'none') out.push(m[1]!.trim());
  }
  return out;
}

describe('hostile corpus', () => {
  test('holds at least 60 cases, each with its expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    for (const f of files) expect(readFileSync(join(HOSTILE, f), 'utf8')).toMatch(/^# expect: /);
  });

  test.each(files)('%s', async (f) => {
    const loaded = await loadFile(nodeHost, join(HOSTILE, f));
    const got = loaded.diagnostics.map((d) => `${d.start?.line}:${d.start?.column} ${d.ruleId}`);
    expect(got.sort()).toEqual(expectations(join(HOSTILE, f)).sort());
  });

  it('check and report print no stack trace for any file of it', () => {
    for (const command of ['check', 'report']) {
      const r = spawnSync(process.execPath, ['dist/cli/main.js', command, HOSTILE, ...(command === 'report' ? ['--out', join('out', 'test-hostile'), '--no-progress', '--jobs', '1'] : [])], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
      expect(r.stderr).not.toMatch(/TypeError|RangeError|SyntaxError/);
    }
  }, 120_000);
});

const TEMPLATES = join(HOSTILE, 'templates');
const templateCases = readdirSync(TEMPLATES).sort();
const SEED = 'data/2023-08-22-dien-bien-so-ket-quy-che-phoi-hop.yaml';

function templateExpectation(name: string): { kind: 'expect' | 'expect-budget'; lines: string[] } {
  const lines = readFileSync(join(TEMPLATES, name, 'bao-cao.hbs'), 'utf8').split('\n');
  const found = lines.map((l) => /^\{\{!-- (expect|expect-budget): (.+) --\}\}$/.exec(l)).filter((m) => m !== null);
  return { kind: (found[0]?.[1] ?? 'expect') as 'expect' | 'expect-budget', lines: found.map((m) => m[2]!.trim()).filter((l) => l !== 'none') };
}

describe('hostile templates', () => {
  test('every case states its expectation', () => {
    expect(templateCases.length).toBeGreaterThanOrEqual(20);
    for (const c of templateCases) expect(templateExpectation(c).lines.length, c).toBeGreaterThan(0);
  });

  test.each(templateCases.filter((c) => templateExpectation(c).kind === 'expect'))('%s', async (c) => {
    const dir = join(TEMPLATES, c);
    const { record } = await loadRecord(nodeHost, SEED);
    const r = buildDocument(record!, record!.documents[0]!, PROFILES.hd36, new TemplateEngine([dir, builtinTemplatesDir()]));
    const got = r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${relative(dir, d.file)} ${d.start ? `${d.start.line}:${d.start.column}` : '-'} ${d.ruleId}`);
    // Distinct: the markup checks may report one tag twice (noted, not this corpus's business).
    expect([...new Set(got)].sort()).toEqual(templateExpectation(c).lines.sort());
    // Errors, so buildRecord writes none of this record's documents.
    for (const d of r.diagnostics) expect(d.message.vi).toMatch(/[ăâđêôơưạảấầẩậắằẳặẹẻẽếềểệỉịọỏốồổộớờởợụủứừửựỳỵỷỹ]/i);
  });

  // A template that never ends cannot be run in this process: it goes through the CLI, whose worker
  // build has a time budget (BAOCAO_RECORD_BUDGET_MS), and must fail that record with a diagnostic.
  test.each(templateCases.filter((c) => templateExpectation(c).kind === 'expect-budget'))('%s (report, with a time budget)', (c) => {
    const out = join(tempDir(), `hostile-template-${c}`);
    const r = spawnSync(process.execPath, ['dist/cli/main.js', 'report', SEED, '--templates', join(TEMPLATES, c), '--out', out, '--docs', 'bc', '--no-progress'], {
      encoding: 'utf8',
      env: { ...process.env, BAOCAO_RECORD_BUDGET_MS: '3000' },
    });
    expect(r.status).toBe(1);
    for (const rule of templateExpectation(c).lines) expect(r.stderr).toContain(`[${rule}]`);
    expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
  }, 60_000);
});

/** Heap and time each fuzzing property may take: far above what they need (a few MiB, about a second). */
const FUZZ_HEAP_MB = 256;
const FUZZ_TIME_LIMIT_MS = 60_000;
const FUZZ_WORKER = new URL('../helpers/fuzz-worker.mjs', import.meta.url);

/**
 * Runs one property of tests/helpers/fuzz-worker.mjs on its own thread. The limits are enforced from
 * outside: a property stuck in synchronous code would block vitest's own timeout, and one that
 * allocates without end would take the test runner down with it.
 */
function fuzz(name: string, limits = { heapMb: FUZZ_HEAP_MB, timeMs: FUZZ_TIME_LIMIT_MS }): Promise<{ ok: boolean; message?: string }> {
  const worker = new Worker(FUZZ_WORKER, { workerData: { name, seed: 14, numRuns: 300 }, resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 16 } });
  return new Promise((resolve) => {
    const done = (result: { ok: boolean; message?: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => done({ ok: false, message: `time limit: still running after ${limits.timeMs} ms` }), limits.timeMs);
    worker.once('message', (m: { ok: boolean; message?: string }) => done(m));
    worker.once('error', (err: NodeJS.ErrnoException) => done({ ok: false, message: `${err.code ?? ''} ${err.message}` }));
  });
}

describe(`fuzzing (fixed seed and run count; each property on a thread with ${FUZZ_HEAP_MB} MiB heap and ${FUZZ_TIME_LIMIT_MS / 1000} s)`, () => {
  it.each([
    ['the loader never throws, whatever the bytes', 'loader'],
    ['the markup parser never throws and reports rather than drops', 'markup'],
    ['the typography passes never throw and give NFC', 'typography'],
  ])('%s', async (_title, name) => {
    const r = await fuzz(name);
    expect(r.message ?? '').toBe('');
    expect(r.ok).toBe(true);
  }, FUZZ_TIME_LIMIT_MS + 30_000);

  it('the limits hold: a property that allocates without end, or never ends, fails instead of taking the runner down', async () => {
    const memory = await fuzz('allocates-without-end', { heapMb: 32, timeMs: FUZZ_TIME_LIMIT_MS });
    expect(memory.ok).toBe(false);
    expect(memory.message).toContain('ERR_WORKER_OUT_OF_MEMORY');
    const time = await fuzz('never-ends', { heapMb: FUZZ_HEAP_MB, timeMs: 1_000 });
    expect(time).toEqual({ ok: false, message: 'time limit: still running after 1000 ms' });
  }, FUZZ_TIME_LIMIT_MS + 30_000);
});
