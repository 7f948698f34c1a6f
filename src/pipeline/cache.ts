// Incremental builds: a record is rebuilt only when something its documents depend on changed — the
// record's bytes, the templates, the fonts, the toolkit's own code, the formats asked for. The key is
// a content hash of all of them, with the record's id. Entries live beside the outputs, one per id
// (out/.baocao-cache/<id>.json), and hold the hashes of the files they vouch for.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assetPath } from '../host/paths.js';
import { lexiconDir } from '../layout/lexicon.js';
import type { Host } from '../host/host.js';

/** Folder of the cache in --out: one entry per record id, each written atomically as its record finishes. */
export const CACHE_DIR = '.baocao-cache';
/** Kept for callers that look for the cache beside the outputs. */
export const MANIFEST_NAME = CACHE_DIR;
const ENTRY_VERSION = 2;

export interface CachedOutput {
  readonly path: string;
  readonly sha256: string;
}

/** What one record's last successful build wrote: trusted only while those files still hash the same. */
export interface CacheEntry {
  readonly version: number;
  readonly key: string;
  readonly outputs: readonly CachedOutput[];
}

function hashFiles(h: ReturnType<typeof createHash>, root: string, filter: (name: string) => boolean): void {
  if (!existsSync(root)) return;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && filter(e.name)) {
        h.update(relative(root, p));
        h.update('\0');
        h.update(readFileSync(p));
      }
    }
  };
  walk(root);
}

let toolkit: string | undefined;

/** Hash of what every build depends on: this toolkit's code and version, the fonts. Once per process. */
export function toolkitFingerprint(): string {
  if (toolkit) return toolkit;
  const h = createHash('sha256');
  h.update(readFileSync(assetPath('package.json')));
  h.update(readFileSync(assetPath('schema', 'record.schema.json')));
  // The compiled (or source) tree this code runs from.
  const codeRoot = dirname(dirname(fileURLToPath(import.meta.url)));
  hashFiles(h, codeRoot, (n) => n.endsWith('.js') || n.endsWith('.ts'));
  hashFiles(h, assetPath('fonts'), (n) => n.endsWith('.ttf'));
  // The line-breaking lexicon is data: a word added there moves a frame line break.
  hashFiles(h, lexiconDir(), (n) => n.endsWith('.txt'));
  toolkit = h.digest('hex');
  return toolkit;
}

/** Hash of the template folders in search order (a unit's override changes the key). */
export function templatesFingerprint(dirs: readonly string[]): string {
  const h = createHash('sha256');
  for (const d of dirs) {
    h.update(d);
    h.update('\0');
    hashFiles(h, d, (n) => n.endsWith('.hbs'));
  }
  return h.digest('hex');
}

/** The cache key: everything the documents depend on (context) plus the record's id and the SHA-256 of its bytes (hashed as they were read). */
export function recordKey(recordSha256: string, context: string, id: string): string {
  return createHash('sha256').update(context).update('\0').update(id).update('\0').update(recordSha256).digest('hex');
}

export const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

const entryPath = (outDir: string, id: string): string => join(outDir, CACHE_DIR, `${id}.json`);

export async function readEntry(host: Host, outDir: string, id: string): Promise<CacheEntry | undefined> {
  try {
    const e = JSON.parse((await host.readFile(entryPath(outDir, id))).toString('utf8')) as CacheEntry;
    if (e.version === ENTRY_VERSION && typeof e.key === 'string' && Array.isArray(e.outputs)) return e;
  } catch {
    // No entry, or an unreadable one: the record is built.
  }
  return undefined;
}

export async function writeEntry(host: Host, outDir: string, id: string, key: string, outputs: readonly CachedOutput[]): Promise<void> {
  const entry: CacheEntry = { version: ENTRY_VERSION, key, outputs };
  await host.writeFileAtomic(entryPath(outDir, id), JSON.stringify(entry) + '\n');
}

/** Forgets a record before it is rebuilt, so a run killed half-way never leaves an entry for files it replaced. */
export async function removeEntry(outDir: string, id: string): Promise<void> {
  await rm(entryPath(outDir, id), { force: true });
}

/**
 * True when the entry has this key and every file it lists is on disk with the bytes it recorded:
 * a file changed by a killed run, another record or a hand edit makes the entry worthless.
 */
export function isFresh(entry: CacheEntry | undefined, key: string): entry is CacheEntry {
  if (!entry || entry.key !== key || entry.outputs.length === 0) return false;
  return entry.outputs.every((o) => {
    try {
      return sha256(readFileSync(o.path)) === o.sha256;
    } catch {
      return false;
    }
  });
}
