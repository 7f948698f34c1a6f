// What varies between CI machines must not vary the archive: two builds in different time zones,
// locales and working folders, with one worker and with two, give byte-identical folders; and
// three shards merged give the single build's bytes, every file compared.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { shardOf } from '../../src/archive/shard.js';
import { tempDir } from '../helpers/files.js';
import { archiveBytes, cli, differences, recordsIn } from './helpers.js';

const root = join(tempDir(), 'archive-reproducible');
let data: string;
let single: Map<string, Buffer>;

function env(tz: string, locale: string): NodeJS.ProcessEnv {
  return { ...process.env, TZ: tz, LANG: locale, LC_ALL: locale };
}

beforeAll(async () => {
  rmSync(root, { recursive: true, force: true });
  data = recordsIn(root);
  const cwd = join(root, 'cwd-a');
  mkdirSync(cwd, { recursive: true });
  const a = cli(['archive', data, '--out', join(root, 'a'), '--jobs', '1', '--no-progress'], { cwd, env: env('UTC', 'C') });
  expect(a.status, a.stderr).toBe(0);
  single = await archiveBytes(join(root, 'a'));
});

describe('archive reproducibility', () => {
  it('time zone, locale, working folder and worker count do not change a byte', async () => {
    const cwd = join(root, 'cwd-b', 'deeper');
    mkdirSync(cwd, { recursive: true });
    // A relative --out from another folder: nothing of the path reaches the files.
    const b = cli(['archive', data, '--out', '../../b', '--jobs', '2', '--no-progress'], { cwd, env: env('Pacific/Kiritimati', 'vi_VN.UTF-8') });
    expect(b.status, b.stderr).toBe(0);
    const other = await archiveBytes(join(root, 'b'));
    expect(single.size).toBeGreaterThan(20);
    expect([...single.keys()]).toEqual([...other.keys()]);
    expect(differences(single, other)).toEqual([]);
  });

  it('--shard 1/3, 2/3, 3/3 then archive merge: the same files, byte for byte, as the single build', async () => {
    const shards = [1, 2, 3].map((i) => join(root, `shard-${i}`));
    for (const [n, dir] of shards.entries()) {
      const r = cli(['archive', data, '--out', dir, '--shard', `${n + 1}/3`, '--no-progress'], { env: env(n === 1 ? 'Asia/Ho_Chi_Minh' : 'UTC', 'C') });
      expect(r.status, r.stderr).toBe(0);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { shard: string; records: { id: string }[] };
      expect(manifest.shard).toBe(`${n + 1}/3`);
      for (const rec of manifest.records) expect(shardOf(rec.id, 3)).toBe(n + 1);
    }
    // The slice really splits these records (else the test would prove nothing about merging).
    const sizes = shards.map((d) => (JSON.parse(readFileSync(join(d, 'manifest.json'), 'utf8')) as { records: unknown[] }).records.length);
    expect(sizes.filter((s) => s > 0).length).toBeGreaterThan(1);

    const merged = join(root, 'merged');
    const m = cli(['archive', 'merge', ...shards, '--out', merged]);
    expect(m.status, m.stderr).toBe(0);
    expect(differences(single, await archiveBytes(merged))).toEqual([]);
  });

  it('merge refuses an incomplete set of shards (exit 1, nothing merged)', () => {
    const r = cli(['archive', 'merge', join(root, 'shard-1'), join(root, 'shard-3'), '--out', join(root, 'merged-2')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('thiếu phần 2/3');
  });
});
