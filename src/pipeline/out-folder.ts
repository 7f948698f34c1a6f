// The output folder as one run's own: a lock file keeps a second run off it (two runs would rename
// over each other's files and cache entries), and temporary files a killed run left behind are
// removed at the next start — safe because, holding the lock, no other run can be writing them.
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export const LOCK_NAME = '.baocao.lock';

/** Temporary names made by Host.writeFileAtomic / writeSetAtomic: .<pid>-<thread>-<n>.tmp */
export const TEMP_NAME = /^\.\d+-\d+-\d+\.tmp$/;

export type OutLock = { readonly release: () => Promise<void> } | { readonly heldBy: number };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes out/.baocao.lock, or says which live process holds it. A lock left by a dead process is taken over. */
export async function lockOutFolder(outDir: string): Promise<OutLock> {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return { release: () => rm(path, { force: true }) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) return { heldBy: pid };
      await rm(path, { force: true }); // stale: its run was killed
    }
  }
  throw new Error(`cannot take ${path}`);
}

/** Removes temporary files in out/, out/<id>/ and the cache folder; returns how many. */
export async function removeOrphanTemps(outDir: string): Promise<number> {
  let removed = 0;
  const sweep = async (dir: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isFile() && TEMP_NAME.test(e.name)) {
        await rm(join(dir, e.name), { force: true });
        removed++;
      } else if (e.isDirectory() && depth > 0) {
        await sweep(join(dir, e.name), depth - 1);
      }
    }
  };
  await sweep(outDir, 1);
  return removed;
}
