// An archive folder is overwritten only when it holds nothing but a previous archive: a file its
// manifest does not list (or any file, when there is no readable manifest) is someone's, and the
// run stops unless told `--force`.
import { listArchive } from './files.js';
import { MANIFEST_NAME } from './layout.js';
import { readManifest } from './build.js';

/** Files in the folder that no previous archive there accounts for; [] for an empty or new folder. */
export async function foreignFiles(archiveDir: string): Promise<string[]> {
  const present = await listArchive(archiveDir);
  if (present.length === 0) return [];
  const manifest = await readManifest(archiveDir);
  if (!manifest) return present;
  const known = new Set([MANIFEST_NAME, ...manifest.files.map((f) => f.path)]);
  return present.filter((p) => !known.has(p));
}
