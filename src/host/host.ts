// The file access of the record pipeline comes through one Host, so tests can substitute another.
// There is no clock in it on purpose: a document's creation date is the record's meeting date
// (compose/build.ts), so the same record always gives the same bytes.
import { createHash } from 'node:crypto';
import { chmod, mkdir, open, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** A read that stopped at its cap: `over` when the source had more than `cap` bytes. */
export type CappedRead = { readonly over: false; readonly bytes: Buffer; readonly sha256: string } | { readonly over: true; readonly read: number };

export interface Host {
  readFile(path: string): Promise<Buffer>;
  /**
   * Reads at most cap + 1 bytes, hashing (SHA-256) as it goes: a file that grew after its size was
   * checked, or a source that never ends, costs no more than the cap.
   */
  readCapped(path: string, cap: number): Promise<CappedRead>;
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

const CHUNK = 64 * 1024;

export const nodeHost: Host = {
  readFile: (path) => readFile(path),
  async readCapped(path, cap) {
    const handle = await open(path, 'r');
    try {
      // One byte past the cap is enough to know the source is too large; nothing more is read.
      const buffer = Buffer.allocUnsafe(cap + 1);
      const hash = createHash('sha256');
      let filled = 0;
      while (filled <= cap) {
        const { bytesRead } = await handle.read(buffer, filled, Math.min(CHUNK, cap + 1 - filled), null);
        if (bytesRead === 0) break;
        hash.update(buffer.subarray(filled, filled + bytesRead));
        filled += bytesRead;
      }
      if (filled > cap) return { over: true, read: filled };
      return { over: false, bytes: Buffer.from(buffer.subarray(0, filled)), sha256: hash.digest('hex') };
    } finally {
      await handle.close();
    }
  },
  async fileSize(path) {
    const s = await stat(path);
    // A device or a pipe (/dev/zero) reports size 0 and never ends: only regular files are records.
    if (!s.isFile()) throw Object.assign(new Error(`not a regular file: ${path}`), { code: s.isDirectory() ? 'EISDIR' : 'ENOTREG', path });
    return s.size;
  },
  async writeFileAtomic(path, data) {
    await nodeHost.writeSetAtomic([{ path, data }]);
  },
  async writeSetAtomic(files) {
    const staged: { tmp: string; path: string }[] = [];
    let current = '';
    try {
      for (const f of files) {
        current = f.path;
        // An existing file is replaced where it really is (through a symlink) and keeps its mode.
        const existing = await realpath(f.path).then(async (real) => ({ real, mode: (await stat(real)).mode }), () => undefined);
        const path = existing?.real ?? f.path;
        await mkdir(dirname(path), { recursive: true });
        const tmp = tempBeside(path);
        staged.push({ tmp, path });
        await writeFile(tmp, f.data);
        if (existing) await chmod(tmp, existing.mode & 0o7777);
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
