// The per-record work limit (batch.ts RECORD_BUDGET_MS): a record that never finishes fails alone
// with a Vietnamese diagnostic naming its file, the batch goes on, nothing half-written is left.
// The slow record is slow for real, not through a hook: a unit template nests {{#each}} over the
// record's people twenty deep, 3^20 iterations for a record with three people, one for a record with one.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/files.js';
import { IN_PROCESS_MAX_CHARS, recordBudgetMs, RECORD_BUDGET_MS } from '../../src/pipeline/batch.js';

function cli(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/cli/main.js', ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const STACK_FRAME = /\n\s+at .*:\d+:\d+\)?\n/;

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

function setUp(name: string) {
  const dir = join(tempDir(), name);
  mkdirSync(join(dir, 'tpl'), { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  // Nothing printed inside the loops: the work grows, the memory does not, so the record meets the
  // time budget and never the worker's heap limit (with "x" inside, 3^16 letters ran a fast machine
  // out of heap before a 10 s budget).
  const open = '{{#each @root.record.people}}'.repeat(20);
  const close = '{{/each}}'.repeat(20);
  writeFileSync(join(dir, 'tpl', 'bao-cao.hbs'), `<p>x${open}${close}</p>\n`);
  const slow = join(dir, 'data', 'slow.yaml'); // four people
  const fast = join(dir, 'data', 'fast.yaml'); // one person
  copyFileSync('data/2023-08-22-dien-bien-so-ket-quy-che-phoi-hop.yaml', slow);
  copyFileSync('tests/fixtures/good/minimal.yaml', fast);
  return { dir, slow, fast, tpl: join(dir, 'tpl'), out: join(dir, 'out') };
}

describe('per-record time budget', () => {
  it('the budget is a setting, with a default for a bad value', () => {
    expect(recordBudgetMs({})).toBe(RECORD_BUDGET_MS);
    expect(recordBudgetMs({ BAOCAO_RECORD_BUDGET_MS: '2500' })).toBe(2500);
    expect(recordBudgetMs({ BAOCAO_RECORD_BUDGET_MS: 'soon' })).toBe(RECORD_BUDGET_MS);
    expect(recordBudgetMs({ BAOCAO_RECORD_BUDGET_MS: '0' })).toBe(RECORD_BUDGET_MS);
  });

  it('a record that never finishes fails alone, in Vietnamese with its file; the other record is built; no temporary file is left', async () => {
    const s = setUp('budget-slow');
    const r = await cli(['report', s.slow, s.fast, '--templates', s.tpl, '--out', s.out, '--docs', 'bc', '--no-progress'], { BAOCAO_RECORD_BUDGET_MS: '10000' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${s.slow}  lỗi  Dựng hồ sơ này quá 10 giây nên đã dừng; các hồ sơ khác không bị ảnh hưởng  [report/over-budget]`);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stdout).toContain(`bỏ qua  ${s.slow}`);
    expect(r.stdout).toMatch(new RegExp(`ok  ${s.fast.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}  → .*bao-cao\\.docx, .*bao-cao\\.pdf`));
    const files = allFiles(s.out).map((f) => f.slice(s.out.length + 1));
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Only the fast record's documents and cache entry (and the id memo, which vouches for no document): the stopped one vouches for nothing.
    expect(files.sort()).toEqual(['.baocao-cache/_ids.json', '.baocao-cache/so-ket-quy-che-phoi-hop.json', 'so-ket-quy-che-phoi-hop/bao-cao.docx', 'so-ket-quy-che-phoi-hop/bao-cao.pdf']);
  }, 120_000);

  it('in English with --lang en', async () => {
    const s = setUp('budget-en');
    const r = await cli(['report', s.slow, '--templates', s.tpl, '--out', s.out, '--docs', 'bc', '--no-progress', '--lang', 'en'], { BAOCAO_RECORD_BUDGET_MS: '1500' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Building this record took over 1.5 s, so it was stopped');
    expect(r.stderr).not.toMatch(STACK_FRAME);
  }, 60_000);

  it('a small batch is built in this process, except a record with more text than the in-process limit, which gets a worker and its budget', async () => {
    const s = setUp('budget-heavy');
    // With a budget of 1 ms nothing built in a worker can finish: success means "built in this process".
    const small = await cli(['report', s.fast, '--out', s.out, '--docs', 'bc', '--no-progress'], { BAOCAO_RECORD_BUDGET_MS: '1' });
    expect(small.status).toBe(0);
    const heavy = join(s.dir, 'data', 'heavy.yaml');
    const long = Array.from({ length: Math.ceil(IN_PROCESS_MAX_CHARS / 30) }, (_, i) => `Tiếp tục thực hiện tốt quy chế số ${i}.`).join(' ');
    expect(long.length).toBeGreaterThan(IN_PROCESS_MAX_CHARS);
    writeFileSync(heavy, readFileSync(s.fast, 'utf8').replace('id: so-ket-quy-che-phoi-hop', 'id: nang').replace('    - Tiếp tục thực hiện tốt quy chế phối hợp.', `    - ${long}`));
    const r = await cli(['report', heavy, '--out', s.out, '--docs', 'bc', '--no-progress'], { BAOCAO_RECORD_BUDGET_MS: '1' });
    expect(r.stderr).toContain('[report/over-budget]');
    expect(r.status).toBe(1);
  }, 120_000);
});
