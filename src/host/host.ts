// The file access of the record pipeline comes through one Host, so tests can substitute another.
// There is no clock in it on purpose: a document's creation date is the record's meeting date
// (document/build.ts), so the same record always gives the same bytes.
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

export interface Host {
  readFile(path: string): Promise<Buffer>;
  fileSize(path: string): Promise<number>;
  /** Writes under a temporary name in the same folder, then renames: never a half-written file. */
  writeFileAtomic(path: string, data: Uint8Array | string): Promise<void>;
  /**
   * Writes a set of files as a unit: every file goes to a temporary name first, and only when all
   * are written are they renamed into place. A failure (disk full, file too large) leaves the
   * previous set whole, never a new DOCX beside an old PDF.
   */
  writeSetAtomic(files: readonly { readonly path: string; readonly data: Uint8Array | string }[]): Promise<void>;
}

let tmpCounter = 0;

/** A temporary name beside `path`, unique across processes and the batch's worker threads (one pid). */
const tempBeside = (path: string): string => join(dirname(path), `.${process.pid}-${threadId}-${tmpCounter++}.tmp`);

export const nodeHost: Host = {
  readFile: (path) => readFile(path),
  fileSize: async (path) => (await stat(path)).size,
  async writeFileAtomic(path, data) {
    await nodeHost.writeSetAtomic([{ path, data }]);
  },
  async writeSetAtomic(files) {
    const staged: { tmp: string; path: string }[] = [];
    let current = '';
    try {
      for (const f of files) {
        current = f.path;
        await mkdir(dirname(f.path), { recursive: true });
        const tmp = tempBeside(f.path);
        staged.push({ tmp, path: f.path });
        await writeFile(tmp, f.data);
      }
    } catch (err) {
      await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
      // A failed write names the temporary file, or nothing (EFBIG); the user knows the real name.
      if (err instanceof Error) Object.assign(err, { path: current });
      throw err;
    }
    // Renames within one folder: they do not allocate space, so the disk-full and size failures are over.
    for (const s of staged) await rename(s.tmp, s.path);
  },
};
