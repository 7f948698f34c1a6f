// Shared by the archive tests: a small set of real records (two in one year, one year-only date,
// one without a year), the built CLI, and the archive folder as path → bytes.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listArchive } from '../../src/archive/files.js';

export const CLI = resolve('dist/cli/main.js');

export const RECORDS = [
  '2023-08-22-dien-bien-so-ket-quy-che-phoi-hop.yaml',
  '2023-08-24-ha-giang-so-ket-quy-che-phoi-hop.yaml',
  '2024-lai-chau-tong-ket-nghi-dinh-21.yaml',
  'xxxx-02-20-quan-khu-5-tong-ket-so-ket-nghi-quyet.yaml',
];

/** Copies the records into <dir>/data and returns that folder. */
export function recordsIn(dir: string, names: readonly string[] = RECORDS): string {
  const data = join(dir, 'data');
  mkdirSync(data, { recursive: true });
  for (const n of names) copyFileSync(resolve('data', n), join(data, n));
  return data;
}

export function cli(args: readonly string[], options: SpawnSyncOptions = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', ...options }) as ReturnType<typeof spawnSync> & { stdout: string; stderr: string };
}

/** Every file of an archive (working files left out, as the manifest leaves them out) with its bytes. */
export async function archiveBytes(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const p of await listArchive(dir)) out.set(p, readFileSync(join(dir, p)));
  return out;
}

/** Paths whose bytes differ, or that only one side has. */
export function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => !a.get(p) || !b.get(p) || !a.get(p)!.equals(b.get(p)!)).sort();
}
