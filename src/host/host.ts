// The file access of the record pipeline comes through one Host, so tests can substitute another.
// There is no clock in it on purpose: a document's creation date is the record's meeting date
// (compose/build.ts), so the same record always gives the same bytes.
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

export interface Host {
  readFile(path: string): Promise<Buffer>;
  fileSize(path: string): Promise<number>;
  /** Writes under a temporary name in the same folder, then renames: never a half-written file. */
  writeFileAtomic(path: string, data: Uint8Array | string): Promise<void>;
}

let tmpCounter = 0;

export const nodeHost: Host = {
  readFile: (path) => readFile(path),
  fileSize: async (path) => (await stat(path)).size,
  async writeFileAtomic(path, data) {
    await mkdir(dirname(path), { recursive: true });
    // Unique across processes and the batch's worker threads, which share one pid.
    const tmp = join(dirname(path), `.${process.pid}-${threadId}-${tmpCounter++}.tmp`);
    try {
      await writeFile(tmp, data);
      await rename(tmp, path);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  },
};
