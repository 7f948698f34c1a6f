// Incremental builds: a record is rebuilt only when something its documents depend on changed — the
// record's bytes, the templates, the fonts, the toolkit's own code, the formats asked for. The key is
// a content hash of all of them, with the record's id. Entries live beside the outputs, one per id
// (out/.baocao-cache/<id>.json), and hold the hashes of the files they vouch for.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
  /**
   * The file's inode, size, modification and change times when its bytes were checked against
   * sha256. Equal stamps later mean the file was not touched since (the test git's index uses; the
   * change time cannot be set back by a program), so an unchanged batch stats its outputs instead
   * of reading and hashing them (with the id memo: 200 unchanged records 1.13 s → 0.43 s). Any
   * difference: hashed again.
   */
  readonly stamp?: string;
}

/** What one record's last successful build wrote: trusted only while those files still hash the same. */
export interface CacheEntry {
  readonly version: number;
  readonly key: string;
  readonly outputs: readonly CachedOutput[];
}

/** Files under `root` that `filter` keeps, in code-unit order of their names (not the locale's: a hash must not depend on ICU). */
function listFiles(root: string, filter: (name: string) => boolean): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && filter(e.name)) out.push(p);
    }
  };
  walk(root);
  return out;
}

function hashFiles(h: ReturnType<typeof createHash>, root: string, filter: (name: string) => boolean): void {
  for (const p of listFiles(root, filter)) {
    h.update(relative(root, p));
    h.update('\0');
    h.update(readFileSync(p));
  }
}

/** Every file the toolkit fingerprint reads: this toolkit's code and version, the schema, the fonts, the lexicon. */
function toolkitFiles(): string[] {
  // The compiled (or source) tree this code runs from.
  const codeRoot = dirname(dirname(fileURLToPath(import.meta.url)));
  return [
    assetPath('package.json'),
    assetPath('schema', 'record.schema.json'),
    ...listFiles(codeRoot, (n) => n.endsWith('.js') || n.endsWith('.ts')),
    ...listFiles(assetPath('fonts'), (n) => n.endsWith('.ttf')),
    // The line-breaking lexicon is data: a word added there moves a frame line break.
    ...listFiles(lexiconDir(), (n) => n.endsWith('.txt')),
  ];
}

function hashToolkit(files: readonly string[]): string {
  const h = createHash('sha256');
  for (const p of files) {
    h.update(relative(assetPath(), p));
    h.update('\0');
    h.update(readFileSync(p));
  }
  return h.digest('hex');
}

/** Path, size and modification time of each file: equal stamps mean nothing was rewritten since. */
function statStamp(files: readonly string[]): string {
  const h = createHash('sha256');
  for (const p of files) {
    const s = statSync(p);
    h.update(`${p}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return h.digest('hex');
}

/** Written by `npm run build` (scripts/fingerprint.mjs): the fingerprint of the build, with the stamp of the files it read. */
const BUILT_FINGERPRINT = ['dist', 'toolkit-fingerprint.json'] as const;

let toolkit: string | undefined;

/**
 * Hash of what every build depends on. Hashing the code and 2 MB of fonts cost a cold run ~65 ms of
 * CPU, so the build records it once, and a run re-hashes only when a file's size or time differs
 * from the build's (a font replaced, running from src/). Once per process.
 */
export function toolkitFingerprint(): string {
  if (toolkit) return toolkit;
  let built: unknown;
  try {
    built = JSON.parse(readFileSync(assetPath(...BUILT_FINGERPRINT), 'utf8'));
  } catch {
    built = undefined;
  }
  toolkit = fingerprintOf(toolkitFiles(), built);
  return toolkit;
}

/** The hash of `files`: the build's record of it when its stamp still matches them, else hashed now. */
export function fingerprintOf(files: readonly string[], built: unknown): string {
  const b = built as { stamp?: unknown; fingerprint?: unknown } | undefined;
  if (b && typeof b.fingerprint === 'string' && b.stamp === statStamp(files)) return b.fingerprint;
  return hashToolkit(files);
}

/** For the build: the fingerprint and stamp of the files as they are now (scripts/fingerprint.mjs writes them). */
export function builtFingerprint(files: readonly string[] = toolkitFiles()): { readonly path: string; readonly stamp: string; readonly fingerprint: string } {
  return { path: assetPath(...BUILT_FINGERPRINT), stamp: statStamp(files), fingerprint: hashToolkit(files) };
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

/** inode, size, mtime and ctime (ns) of a file; undefined when it cannot be stat'ed. */
function fileStamp(path: string): string | undefined {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return undefined;
  }
}

/**
 * The stamp of a file whose bytes are `sha256`, taken around a read: stamped only when the file hashed
 * as expected and did not change while it was read, so a stamp always stands for the recorded bytes.
 */
function verifiedStamp(path: string, expected: string): string | undefined {
  const before = fileStamp(path);
  try {
    if (before === undefined || sha256(readFileSync(path)) !== expected) return undefined;
  } catch {
    return undefined;
  }
  return fileStamp(path) === before ? before : undefined;
}

export async function writeEntry(host: Host, outDir: string, id: string, key: string, written: readonly CachedOutput[]): Promise<void> {
  const outputs = written.map((o) => {
    const stamp = verifiedStamp(o.path, o.sha256);
    return stamp === undefined ? { path: o.path, sha256: o.sha256 } : { path: o.path, sha256: o.sha256, stamp };
  });
  const entry: CacheEntry = { version: ENTRY_VERSION, key, outputs };
  await host.writeFileAtomic(entryPath(outDir, id), JSON.stringify(entry) + '\n');
}

/** The ids learnt by the last run in this out folder: file → the SHA-256 of its bytes then, and its id. */
export type IdMemo = ReadonlyMap<string, { readonly sha256: string; readonly id: string }>;

/** The id memo's name in the cache folder; the underscore keeps it apart from every entry (ids are [a-z0-9-]). */
export const ID_MEMO_NAME = '_ids.json';
const idMemoPath = (outDir: string): string => join(outDir, CACHE_DIR, ID_MEMO_NAME);

/**
 * The id memo, when the toolkit that wrote it is this one (the id rules are its code). A record's id
 * is a function of its path and its bytes, so a file whose bytes hash the same has the same id: an
 * unchanged batch need not parse 1,000 records to learn them (that parse was most of its time).
 */
export async function readIdMemo(host: Host, outDir: string): Promise<IdMemo> {
  try {
    const m = JSON.parse((await host.readFile(idMemoPath(outDir))).toString('utf8')) as { toolkit?: unknown; ids?: unknown };
    if (m.toolkit === toolkitFingerprint() && Array.isArray(m.ids)) {
      return new Map((m.ids as [string, string, string][]).filter((e) => Array.isArray(e) && e.length === 3 && e.every((x) => typeof x === 'string')).map(([file, sha, id]) => [file, { sha256: sha, id }]));
    }
  } catch {
    // No memo, or an unreadable one: every record is parsed.
  }
  return new Map();
}

export async function writeIdMemo(host: Host, outDir: string, ids: readonly (readonly [file: string, sha256: string, id: string])[]): Promise<void> {
  await host.writeFileAtomic(idMemoPath(outDir), JSON.stringify({ toolkit: toolkitFingerprint(), ids }) + '\n');
}

/** Forgets a record before it is rebuilt, so a run killed half-way never leaves an entry for files it replaced. */
export async function removeEntry(outDir: string, id: string): Promise<void> {
  await rm(entryPath(outDir, id), { force: true });
}

/**
 * True when the entry has this key and every file it lists is on disk with the bytes it recorded:
 * a file changed by a killed run, another record or a hand edit makes the entry worthless. A file
 * whose stamp is still the one taken when its bytes were checked is not read again.
 */
export function isFresh(entry: CacheEntry | undefined, key: string): entry is CacheEntry {
  if (!entry || entry.key !== key || entry.outputs.length === 0) return false;
  return entry.outputs.every((o) => {
    if (o.stamp !== undefined && fileStamp(o.path) === o.stamp) return true;
    try {
      return sha256(readFileSync(o.path)) === o.sha256;
    } catch {
      return false;
    }
  });
}
