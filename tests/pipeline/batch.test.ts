// The batch: one bad record never stops the others, nothing half-written is left, and an unchanged
// record is not rebuilt (the content-hash cache) until something it depends on changes.
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeHost } from '../../src/host/host.js';
import { runBatch } from '../../src/pipeline/batch.js';
import { isFresh, MANIFEST_NAME, readEntry, sha256, writeEntry } from '../../src/pipeline/cache.js';
import { builtinTemplatesDir } from '../../src/template/engine.js';
import { tempDir } from '../helpers/files.js';

const SEED = 'data/2024-lai-chau-tong-ket-nghi-dinh-21.yaml';

function setup(name: string) {
  const dir = join(tempDir(), name);
  const records = join(dir, 'records');
  mkdirSync(records, { recursive: true });
  copyFileSync(SEED, join(records, 'a.yaml'));
  // A record with a schema error: its neighbours must still be built.
  writeFileSync(join(records, 'b.yaml'), readFileSync(SEED, 'utf8').replace(/^kind: tổng kết/m, 'kind: tong ket'));
  copyFileSync('data/2023-08-22-dien-bien-so-ket-quy-che-phoi-hop.yaml', join(records, 'c.yaml'));
  return { dir, records, out: join(dir, 'out'), files: ['a.yaml', 'b.yaml', 'c.yaml'].map((f) => join(records, f)) };
}

// The báo cáo alone (kinds): the batch's behaviour does not depend on how many documents a record asks for.
const options = (out: string) => ({ outDir: out, formats: ['docx', 'pdf'] as const, kinds: ['bao-cao'], templateDirs: [builtinTemplatesDir()], jobs: 1, incremental: true });

describe('runBatch', () => {
  it('builds the good records, reports the bad one, and leaves no temporary file', async () => {
    const s = setup('batch-mixed');
    const results = await runBatch(nodeHost, s.files, options(s.out));
    expect(results.map((r) => r.written.length)).toEqual([2, 0, 2]);
    const bad = results[1]!.diagnostics.filter((d) => d.severity === 'error');
    const line = readFileSync(s.files[1]!, 'utf8').split('\n').findIndex((l) => l.startsWith('kind:')) + 1;
    expect(bad.map((d) => [d.ruleId, d.start?.line, d.start?.column])).toEqual([['schema/enum', line, 7]]);
    const leftovers = readdirSync(s.out, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
    expect(existsSync(join(s.out, MANIFEST_NAME))).toBe(true);
  });

  it('skips unchanged records, and rebuilds one whose record changed', async () => {
    const s = setup('batch-cache');
    await runBatch(nodeHost, s.files, options(s.out));
    const pdf = results0Path(s.out, 'c');
    const before = statSync(pdf).mtimeMs;

    const again = await runBatch(nodeHost, s.files, options(s.out));
    expect(again.map((r) => r.cached)).toEqual([true, false, true]);
    expect(statSync(pdf).mtimeMs).toBe(before);

    writeFileSync(s.files[2]!, readFileSync(s.files[2]!, 'utf8').replace('venue: huyện Điện Biên Đông', 'venue: huyện Tuần Giáo'));
    const third = await runBatch(nodeHost, s.files, options(s.out));
    expect(third.map((r) => r.cached)).toEqual([true, false, false]);
  });

  it('rebuilds when an output was deleted, or when asked to ignore the cache', async () => {
    const s = setup('batch-deleted');
    await runBatch(nodeHost, s.files, options(s.out));
    const { rmSync } = await import('node:fs');
    rmSync(results0Path(s.out, 'c'));
    const again = await runBatch(nodeHost, s.files, options(s.out));
    expect(again.map((r) => r.cached)).toEqual([true, false, false]);
    const forced = await runBatch(nodeHost, s.files, { ...options(s.out), incremental: false });
    expect(forced.map((r) => r.cached)).toEqual([false, false, false]);
  });
});

describe('a cache that cannot lie', () => {
  it('rebuilds when an output no longer holds what the entry recorded (a killed run, a reverted record)', async () => {
    const s = setup('batch-cache-hash');
    const first = await runBatch(nodeHost, s.files, options(s.out));
    const pdf = first[2]!.written.find((w) => w.path.endsWith('.pdf'))!.path;
    // What a run killed after writing a changed record leaves: other bytes under the same name.
    writeFileSync(pdf, 'not the document the entry vouches for');
    const again = await runBatch(nodeHost, s.files, options(s.out));
    expect(again.map((r) => r.cached)).toEqual([true, false, false]);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('one id built from two files in separate runs: the second file is not served the first one\'s documents', async () => {
    const s = setup('batch-cache-same-id');
    const one = join(s.records, 'one', 'x.yaml');
    const two = join(s.records, 'two', 'x.yaml');
    mkdirSync(join(s.records, 'one'));
    mkdirSync(join(s.records, 'two'));
    copyFileSync(SEED, one);
    writeFileSync(two, readFileSync(SEED, 'utf8') + '\n# bản thứ hai của cùng mã hồ sơ\n');
    expect((await runBatch(nodeHost, [one], options(s.out)))[0]!.cached).toBe(false);
    expect((await runBatch(nodeHost, [two], options(s.out)))[0]!.cached).toBe(false);
    const back = await runBatch(nodeHost, [one], options(s.out));
    expect(back[0]!.cached).toBe(false);
    // Together they are refused before anything is written, never "unchanged".
    const both = await runBatch(nodeHost, [one, two], options(s.out));
    expect(both.map((r) => [r.cached, r.diagnostics.map((d) => d.ruleId)])).toEqual([[false, ['report/duplicate-id']], [false, ['report/duplicate-id']]]);
  });

  it('a document rewritten with its size and modification time put back is still found out (its change time moved)', async () => {
    const s = setup('batch-cache-stamp');
    const file = join(s.dir, 'doc.pdf');
    writeFileSync(file, '%PDF- the document the entry vouches for');
    utimesSync(file, 1_700_000_000, 1_700_000_000); // whole seconds: the same time can be put back exactly
    await writeEntry(nodeHost, s.out, 'x', 'key', [{ path: file, sha256: sha256(readFileSync(file)) }]);
    const entry = (await readEntry(nodeHost, s.out, 'x'))!;
    expect(entry.outputs[0]!.stamp).toBeDefined(); // taken: the next check stats instead of hashing
    expect(isFresh(entry, 'key')).toBe(true);
    writeFileSync(file, '%PDF- the document the entry vouches fox');
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect(statSync(file).mtimeMs).toBe(1_700_000_000_000);
    expect(isFresh(entry, 'key')).toBe(false);
  });

  it('remembers ids by the bytes of each file: a record given a new id is built under it, not served from its old one', async () => {
    const s = setup('batch-cache-id-memo');
    const first = await runBatch(nodeHost, s.files, options(s.out));
    expect(first[2]!.id).toBe('c');
    writeFileSync(s.files[2]!, 'id: thu-nghiem\n' + readFileSync(s.files[2]!, 'utf8'));
    const again = await runBatch(nodeHost, s.files, options(s.out));
    expect(again.map((r) => [r.id, r.cached])).toEqual([['a', true], ['b', false], ['thu-nghiem', false]]);
    expect(existsSync(join(s.out, 'thu-nghiem', 'bao-cao.pdf'))).toBe(true);
  });

  it('says unchanged only of files it did not write, and keeps an entry per record as each finishes', async () => {
    const s = setup('batch-cache-counts');
    await runBatch(nodeHost, s.files, options(s.out));
    // One entry per record built; `_ids.json` is the id memo, not an entry.
    expect(readdirSync(join(s.out, MANIFEST_NAME)).filter((n) => !n.startsWith('_'))).toHaveLength(2);
    const again = await runBatch(nodeHost, s.files, options(s.out));
    expect(again.map((r) => [r.written.length, r.unchanged?.length ?? 0])).toEqual([[0, 2], [0, 0], [0, 2]]);
  });
});

/** The PDF of record `c` (its id comes from the record or the file name). */
function results0Path(out: string, file: string): string {
  const dir = readdirSync(out).find((d) => d === file || d.startsWith(file));
  return join(out, dir ?? file, 'bao-cao.pdf');
}
