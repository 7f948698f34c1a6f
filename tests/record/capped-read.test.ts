// The size cap holds while reading, not only before: a source that grows or never ends costs at most
// the cap plus one byte, and the hash the cache keys on is taken from the same read.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { nodeHost, type CappedRead, type Host } from '../../src/host/host.js';
import { LIMITS, loadFile } from '../../src/record/load.js';

const tmp = mkdtempSync(join(tmpdir(), 'baocao-capped-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('Host.readCapped', () => {
  test('a file under the cap: its bytes and their SHA-256', async () => {
    const file = join(tmp, 'small.yaml');
    writeFileSync(file, 'id: nho\n'.repeat(20_000)); // several read chunks
    const r = await nodeHost.readCapped(file, LIMITS.maxBytes);
    expect(r.over).toBe(false);
    if (r.over) return;
    expect(r.bytes.equals(readFileSync(file))).toBe(true);
    expect(r.sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
  });

  test('a file exactly at the cap is read; one byte more is over', async () => {
    const file = join(tmp, 'edge.yaml');
    writeFileSync(file, Buffer.alloc(1000, 0x61));
    expect((await nodeHost.readCapped(file, 1000)).over).toBe(false);
    expect(await nodeHost.readCapped(file, 999)).toEqual({ over: true, read: 1000 });
  });

  test('/dev/zero, which never ends, stops at the cap plus one byte', async () => {
    expect(await nodeHost.readCapped('/dev/zero', LIMITS.maxBytes)).toEqual({ over: true, read: LIMITS.maxBytes + 1 });
  });

  test('a pipe fed without end stops at the cap plus one byte', async () => {
    const fifo = join(tmp, 'pipe.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = spawn('sh', ['-c', `exec yes 'a: 1' > '${fifo}'`], { stdio: 'ignore' });
    try {
      expect(await nodeHost.readCapped(fifo, 4096)).toEqual({ over: true, read: 4097 });
    } finally {
      writer.kill('SIGKILL');
    }
  });
});

describe('loadFile with the cap', () => {
  test('/dev/zero passed as a record: a Vietnamese diagnostic, nothing read', async () => {
    let reads = 0;
    const spy: Host = { ...nodeHost, readCapped: async (p, cap) => (reads++, nodeHost.readCapped(p, cap)) };
    const loaded = await loadFile(spy, '/dev/zero');
    expect(loaded.diagnostics.map((d) => [d.ruleId, d.message.vi])).toEqual([['load/read-failed', 'Không phải tệp thường (thiết bị, đường ống…): không đọc làm hồ sơ']]);
    expect(reads).toBe(0);
  });

  test('a file that grew past the cap after its size was checked: too large, and no more than the cap was read', async () => {
    const file = join(tmp, 'grown.yaml');
    writeFileSync(file, 'a: ' + 'x'.repeat(4 * LIMITS.maxBytes) + '\n');
    const reads: CappedRead[] = [];
    // The size check saw the file while it was still small.
    const grew: Host = { ...nodeHost, fileSize: async () => 10, readCapped: async (p, cap) => { const r = await nodeHost.readCapped(p, cap); reads.push(r); return r; } };
    const loaded = await loadFile(grew, file);
    expect(loaded.diagnostics.map((d) => d.ruleId)).toEqual(['load/too-large']);
    expect(loaded.diagnostics[0]!.message.vi).toBe('Tệp quá lớn (hơn 256 KiB); hồ sơ chỉ được tối đa 256 KiB');
    expect(loaded.diagnostics[0]!.message.en).toBe('File too large (over 256 KiB); a record may be at most 256 KiB');
    expect(reads).toEqual([{ over: true, read: LIMITS.maxBytes + 1 }]);
  });
});
