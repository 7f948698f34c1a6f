// Every effect the pipeline has (clock, file access) comes through one Host, so output is
// reproducible and tests can substitute a memory host. The clock honours SOURCE_DATE_EPOCH, as
// pandoc's getTimestamp does.
import { mkdir, readFile, rename, rm, stat, writeFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface Host {
  /** The time documents are stamped with when nothing fixes it; SOURCE_DATE_EPOCH wins. */
  now(): Date;
  readFile(path: string): Promise<Buffer>;
  fileSize(path: string): Promise<number>;
  /** Writes under a temporary name in the same folder, then renames: never a half-written file. */
  writeFileAtomic(path: string, data: Uint8Array | string): Promise<void>;
  listFiles(dir: string): Promise<string[]>;
}

export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || !/^\d+$/.test(raw.trim())) return undefined;
  return new Date(Number(raw.trim()) * 1000);
}

let tmpCounter = 0;

export const nodeHost: Host = {
  now: () => sourceDateEpoch() ?? new Date(),
  readFile: (path) => readFile(path),
  fileSize: async (path) => (await stat(path)).size,
  async writeFileAtomic(path, data) {
    await mkdir(dirname(path), { recursive: true });
    const tmp = join(dirname(path), `.${process.pid}-${tmpCounter++}.tmp`);
    try {
      await writeFile(tmp, data);
      await rename(tmp, path);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  },
  async listFiles(dir) {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? dir, e.name));
  },
};
