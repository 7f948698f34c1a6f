// The archive folder as a list of files: what is on disk (the toolkit's working files left out),
// hashed, and removed when no longer listed.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { byCodeUnit, isWorkingFile, mediaType } from './layout.js';
import type { ManifestFile } from './manifest.js';

/** Every file under the folder, as sorted archive-relative POSIX paths; [] when it does not exist. */
export async function listArchive(archiveDir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const rel = prefix + e.name;
      if (isWorkingFile(rel)) continue;
      if (e.isDirectory()) await walk(join(dir, e.name), rel + '/');
      else out.push(rel);
    }
  };
  await walk(archiveDir, '');
  return out.sort(byCodeUnit);
}

export const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

export function fileEntry(path: string, data: Uint8Array): ManifestFile {
  return { path, size: data.byteLength, sha256: sha256(data), mediaType: mediaType(path) };
}

/** The entry of a file on disk, or undefined when it cannot be read. */
export async function entryOnDisk(archiveDir: string, path: string): Promise<ManifestFile | undefined> {
  try {
    return fileEntry(path, await readFile(join(archiveDir, path)));
  } catch {
    return undefined;
  }
}

export async function sizeOnDisk(archiveDir: string, path: string): Promise<number | undefined> {
  return stat(join(archiveDir, path)).then(
    (s) => s.size,
    () => undefined,
  );
}

/** Removes files the archive no longer lists, and the folders that leaves empty. Returns their paths. */
export async function removeUnlisted(archiveDir: string, keep: ReadonlySet<string>): Promise<string[]> {
  const removed: string[] = [];
  for (const rel of await listArchive(archiveDir)) {
    if (keep.has(rel)) continue;
    await rm(join(archiveDir, rel), { force: true });
    removed.push(rel);
    // Up the tree while folders are empty (rmdir fails on a non-empty one, which ends the climb).
    const parts = rel.split('/');
    for (let n = parts.length - 1; n > 0; n--) {
      try {
        await rmdir(join(archiveDir, ...parts.slice(0, n)));
      } catch {
        break;
      }
    }
  }
  return removed;
}
