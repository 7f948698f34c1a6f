// `report` killed with SIGKILL in the middle of a batch (no handler runs, workers die with it), then
// run again: what the killed run left is whole or absent, the next run cleans its temporary files,
// takes over its lock, and trusts a cache entry only for files that still hash as recorded.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/files.js';
import { missingTools } from '../helpers/tools.js';
import { CACHE_DIR, ID_MEMO_NAME, type CacheEntry } from '../../src/pipeline/cache.js';
import { LOCK_NAME } from '../../src/pipeline/out-folder.js';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function allFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Every finished document is whole: the PDF passes qpdf --check and gives its text, the DOCX unzips. */
function expectWhole(files: readonly string[]): void {
  for (const f of files) {
    if (f.endsWith('.pdf')) {
      expect(spawnSync('qpdf', ['--check', f]).status, f).toBe(0);
      expect(spawnSync('pdftotext', [f, '-']).stdout.length, f).toBeGreaterThan(0);
    } else if (f.endsWith('.docx')) {
      expect(spawnSync('unzip', ['-tq', f]).status, f).toBe(0);
    }
  }
}

/** The cache entries on disk: id → entry. */
function entries(out: string): Map<string, CacheEntry> {
  const dir = join(out, CACHE_DIR);
  const map = new Map<string, CacheEntry>();
  for (const f of existsSync(dir) ? readdirSync(dir) : []) {
    if (f.endsWith('.json') && f !== ID_MEMO_NAME) map.set(f.slice(0, -'.json'.length), JSON.parse(readFileSync(join(dir, f), 'utf8')) as CacheEntry);
  }
  return map;
}

const skip = missingTools('qpdf', 'pdftotext', 'unzip');

describe.skipIf(skip !== undefined)('a batch killed mid-way', () => {
  it('leaves no half-written document, and the next run cleans up and rebuilds exactly what it must', async () => {
    const root = join(tempDir(), 'kill-mid-batch');
    const data = join(root, 'data');
    const out = join(root, 'out');
    mkdirSync(data, { recursive: true });
    // 30 records: each seed three times under its own file name (the file name is the id).
    const seeds = readdirSync('data').filter((f) => f.endsWith('.yaml')).sort().slice(0, 10);
    for (const seed of seeds) for (const k of [1, 2, 3]) writeFileSync(join(data, seed.replace(/\.yaml$/, `-${k}.yaml`)), readFileSync(join('data', seed)));
    expect(readdirSync(data)).toHaveLength(30);
    const args = ['dist/cli/main.js', 'report', data, '--out', out, '--jobs', '2', '--docs', 'bc', '--no-progress'];

    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // Killed as soon as the first document is in place: the batch is under way, most records not built.
    let running = true;
    while (running) {
      await new Promise((r) => setTimeout(r, 25));
      running = child.exitCode === null;
      if (allFiles(out).some((f) => /\.(pdf|docx)$/.test(f))) break;
    }
    expect(running).toBe(true); // the kill lands mid-batch, not after it
    child.kill('SIGKILL');
    await exited;

    const left = allFiles(out);
    const documents = left.filter((f) => /\.(pdf|docx)$/.test(f));
    expectWhole(documents);
    // The killed run vouches only for files that are there with the bytes it wrote.
    const killedEntries = entries(out);
    expect(killedEntries.size).toBeLessThan(30);
    for (const entry of killedEntries.values()) for (const o of entry.outputs) expect(sha256(o.path), o.path).toBe(o.sha256);

    const again = spawnSync(process.execPath, [...args, '--format', 'json'], { encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    const report = JSON.parse(again.stdout) as { records: { file: string; id: string; written: string[]; unchanged: string[]; ok: boolean }[] };
    expect(report.records).toHaveLength(30);

    const after = allFiles(out);
    expect(after.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(out, LOCK_NAME))).toBe(false);
    expectWhole(after.filter((f) => /\.(pdf|docx)$/.test(f)));
    const finalEntries = entries(out);
    for (const r of report.records) {
      expect(r.ok, r.file).toBe(true);
      // Either rebuilt, or skipped because the killed run's entry still matched its files on disk.
      expect(r.written.length > 0 !== r.unchanged.length > 0, r.file).toBe(true);
      if (r.unchanged.length > 0) expect(killedEntries.has(r.id), r.file).toBe(true);
      else expect(killedEntries.has(r.id), r.file).toBe(false);
      const entry = finalEntries.get(r.id)!;
      expect(entry.outputs.map((o) => o.path).sort()).toEqual([...r.written, ...r.unchanged].sort());
      for (const o of entry.outputs) expect(sha256(o.path), o.path).toBe(o.sha256);
    }
  }, 300_000);
});
