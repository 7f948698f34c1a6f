// Incremental builds: a record is rebuilt only when something its documents depend on changed — the
// record's bytes, the templates, the fonts, the toolkit's own code, the formats asked for. The key is
// a content hash of all of them; the manifest lives beside the outputs (out/.baocao-cache.json).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assetPath } from '../host/paths.js';
import { lexiconDir } from '../layout/lexicon.js';
import type { Host } from '../host/host.js';

export const MANIFEST_NAME = '.baocao-cache.json';
const MANIFEST_VERSION = 1;

export interface CacheEntry {
  readonly key: string;
  readonly outputs: readonly string[];
}

export interface Manifest {
  readonly version: number;
  entries: Record<string, CacheEntry>;
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

export function recordKey(recordBytes: Uint8Array, context: string): string {
  return createHash('sha256').update(context).update('\0').update(recordBytes).digest('hex');
}

export async function readManifest(host: Host, outDir: string): Promise<Manifest> {
  try {
    const m = JSON.parse((await host.readFile(join(outDir, MANIFEST_NAME))).toString('utf8')) as Manifest;
    if (m.version === MANIFEST_VERSION && m.entries && typeof m.entries === 'object') return m;
  } catch {
    // No manifest, or one from another version: build everything.
  }
  return { version: MANIFEST_VERSION, entries: {} };
}

export async function writeManifest(host: Host, outDir: string, manifest: Manifest): Promise<void> {
  await host.writeFileAtomic(join(outDir, MANIFEST_NAME), JSON.stringify(manifest, null, 1) + '\n');
}

/** True when the entry matches the key and every output it lists is still on disk. */
export function isFresh(entry: CacheEntry | undefined, key: string): entry is CacheEntry {
  if (!entry || entry.key !== key || entry.outputs.length === 0) return false;
  return entry.outputs.every((p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  });
}
