// The unchanged run of a large archive: a record whose bytes, id and year are those of the previous
// manifest, built by this same toolkit with the same templates, and whose files all still have the
// size and mtime they had when listed, is taken from the manifest as it stands, without the batch
// reading and hashing its documents again (rsync's and git's test for an unchanged file). Anything
// else goes through the batch and its hash-checked cache. `--verify` still reads every byte.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Host } from '../host/host.js';
import { templatesFingerprint, toolkitFingerprint } from '../pipeline/cache.js';
import { RECORDS_CACHE } from './layout.js';
import type { ManifestFile } from './manifest.js';
import { mapLimited } from '../host/map-limited.js';

interface StampEntry {
  readonly sha: string;
  readonly year: string;
  /** path → "size:mtimeMs" of every file of the record (documents and the YAML copy). */
  readonly stamps: Readonly<Record<string, string>>;
}

interface StampFile {
  readonly version: 1;
  readonly context: string;
  readonly records: Readonly<Record<string, StampEntry>>;
}

/** What the stamps depend on besides the record: this toolkit, these templates, the attachment flag. */
export function stampContext(templateDirs: readonly string[], attachSource: boolean): string {
  return createHash('sha256').update([toolkitFingerprint(), templatesFingerprint(templateDirs), attachSource ? 'attach-source' : ''].join('\0')).digest('hex');
}

/** The stamps of the previous run, when made in the same context; otherwise none. */
export async function readStamps(archiveDir: string, context: string): Promise<ReadonlyMap<string, StampEntry>> {
  try {
    const f = JSON.parse(await readFile(join(archiveDir, RECORDS_CACHE), 'utf8')) as StampFile;
    if (f.version === 1 && f.context === context && f.records && typeof f.records === 'object') return new Map(Object.entries(f.records));
  } catch {
    // none, or unreadable: every record goes through the batch
  }
  return new Map();
}

const stampOf = (archiveDir: string, path: string): Promise<string | undefined> =>
  stat(join(archiveDir, path)).then(
    (s) => `${s.size}:${s.mtimeMs}`,
    () => undefined,
  );

/** True when every file the entry lists still has its size and mtime. */
export async function stillStamped(archiveDir: string, entry: StampEntry): Promise<boolean> {
  const paths = Object.keys(entry.stamps);
  if (paths.length === 0) return false;
  const now = await Promise.all(paths.map((p) => stampOf(archiveDir, p)));
  return now.every((s, i) => s !== undefined && s === entry.stamps[paths[i]!]);
}

/** Records the stamps of every built record's files, for the next run. */
export async function writeStamps(
  host: Host,
  archiveDir: string,
  context: string,
  built: readonly { readonly id: string; readonly sha: string; readonly year: string; readonly files: readonly ManifestFile[] }[],
): Promise<void> {
  const records: Record<string, StampEntry> = {};
  await mapLimited(built, 16, async (b) => {
    const stamps: Record<string, string> = {};
    for (const f of b.files) {
      const s = await stampOf(archiveDir, f.path);
      if (s === undefined) return;
      stamps[f.path] = s;
    }
    records[b.id] = { sha: b.sha, year: b.year, stamps };
  });
  const file: StampFile = { version: 1, context, records };
  await host.writeFileAtomic(join(archiveDir, RECORDS_CACHE), JSON.stringify(file) + '\n').catch(() => undefined);
}
