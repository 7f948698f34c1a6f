// What a year of the archive adds over its records: the báo cáo tổng hợp of the year (the annual
// summary, from the archived YAML), the danh mục văn bản, and <year>.zip of the whole year folder.
// They span every record of the year, so a sharded build makes them only at merge time, from the
// merged folder: the same inputs as a single build, hence the same bytes.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Host } from '../host/host.js';
import { nodeHost } from '../host/host.js';
import { templatesFingerprint, toolkitFingerprint } from '../pipeline/cache.js';
import { parseRange } from '../summary/range.js';
import { fileEntry } from './files.js';
import { ARCHIVE_FORMATS, byCodeUnit, isYear, SUMMARY_NAME, YEARS_CACHE } from './layout.js';
import { stableJson, type ManifestFile, type ManifestRecord } from './manifest.js';
import { zipFiles } from './zip.js';

export interface YearOptions {
  readonly archiveDir: string;
  readonly templateDirs: readonly string[];
}

interface YearsCache {
  readonly version: 2;
  /** Per year: its key, its products, and each product's size and mtime when written. */
  readonly years: Record<string, { readonly key: string; readonly files: readonly ManifestFile[]; readonly stamps: readonly string[] }>;
}

/**
 * Size and mtime of a file, as rsync and git judge a file unchanged without reading it: hashing a
 * year's zip again on every run cost more than the rest of an unchanged run. `--verify` reads every byte.
 */
const stampOf = (path: string): Promise<string | undefined> =>
  stat(path).then(
    (s) => `${s.size}:${s.mtimeMs}`,
    () => undefined,
  );

async function readYearsCache(archiveDir: string): Promise<YearsCache> {
  try {
    const c = JSON.parse(await readFile(join(archiveDir, YEARS_CACHE), 'utf8')) as YearsCache;
    if (c.version === 2 && c.years && typeof c.years === 'object') return c;
  } catch {
    // none yet, or unreadable: every year is made
  }
  return { version: 2, years: {} };
}

/** A write that does not touch a file already holding these bytes (its mtime stays, rsync stays idle). */
async function writeIfChanged(host: Host, path: string, data: Uint8Array): Promise<void> {
  const existing = await readFile(path).catch(() => undefined);
  if (existing && existing.equals(data)) return;
  await host.writeFileAtomic(path, data);
}

/**
 * Makes the products of every year the records cover; a year whose records, files, templates and
 * toolkit are all as at its last making, and whose products are still on disk with the same hashes,
 * is skipped (the unchanged run of a large archive).
 */
export async function buildYears(host: Host, records: readonly ManifestRecord[], recordFiles: readonly ManifestFile[], options: YearOptions): Promise<{ files: ManifestFile[]; diagnostics: Diagnostic[] }> {
  const cache = await readYearsCache(options.archiveDir);
  const next: YearsCache = { version: 2, years: {} };
  const files: ManifestFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const years = [...new Set(recordFiles.map((f) => f.path.split('/')[0]!))].sort(byCodeUnit);
  const context = [toolkitFingerprint(), templatesFingerprint(options.templateDirs)].join('\0');
  for (const year of years) {
    const mine = records.filter((r) => r.year === year);
    const own = recordFiles.filter((f) => f.path.startsWith(`${year}/`));
    const key = createHash('sha256').update(context).update('\0').update(stableJson({ records: mine, files: own })).digest('hex');
    const before = cache.years[year];
    if (before?.key === key && Array.isArray(before.stamps)) {
      const still = await Promise.all(before.files.map((f) => stampOf(join(options.archiveDir, f.path))));
      if (still.every((stamp, i) => stamp !== undefined && stamp === before.stamps[i])) {
        files.push(...before.files);
        next.years[year] = before;
        continue;
      }
    }
    const made = await buildYear(host, year, mine, own, options);
    diagnostics.push(...made.diagnostics);
    files.push(...made.files);
    next.years[year] = { key, files: made.files, stamps: await Promise.all(made.files.map(async (f) => (await stampOf(join(options.archiveDir, f.path))) ?? '')) };
  }
  await host.writeFileAtomic(join(options.archiveDir, YEARS_CACHE), JSON.stringify(next) + '\n').catch(() => undefined);
  return { files, diagnostics };
}

async function buildYear(host: Host, year: string, records: readonly ManifestRecord[], recordFiles: readonly ManifestFile[], options: YearOptions): Promise<{ files: ManifestFile[]; diagnostics: Diagnostic[] }> {
  const products: { path: string; data: Uint8Array }[] = [];
  const diagnostics: Diagnostic[] = [];
  const sources = records.filter((r) => r.source !== undefined).map((r) => join(options.archiveDir, r.source!)).sort(byCodeUnit);
  const range = parseRange({ year }).range;
  // Loaded only when a year is made: an unchanged run never pays for pdfmake, docx and the fonts.
  const { runSummary } = await import('../summary/run.js');
  const { indexFiles } = await import('./index-files.js');
  // The template engine compiles every template when made: made here, not for an unchanged run.
  const engine = (await import('../pipeline/worker.js')).engineFor(options.templateDirs);
  if (isYear(year) && range && sources.length > 0) {
    // runSummary writes through its Host: this one keeps the bytes, so they land where the archive wants them.
    const captured: { path: string; data: Uint8Array }[] = [];
    const capture: Host = {
      ...nodeHost,
      writeFileAtomic: async (path, data) => {
        captured.push({ path, data: typeof data === 'string' ? Buffer.from(data) : data });
      },
      writeSetAtomic: async (set) => {
        for (const f of set) captured.push({ path: f.path, data: typeof f.data === 'string' ? Buffer.from(f.data) : f.data });
      },
    };
    const summary = await runSummary(capture, sources, { range, outDir: '.', formats: ARCHIVE_FORMATS, engine });
    diagnostics.push(...summary.diagnostics);
    for (const c of captured) products.push({ path: `${year}/${SUMMARY_NAME}.${c.path.slice(c.path.lastIndexOf('.') + 1)}`, data: c.data });
  }
  const index = await indexFiles(year, records, engine);
  diagnostics.push(...index.diagnostics);
  products.push(...index.files);

  for (const p of products) await writeIfChanged(host, join(options.archiveDir, p.path), p.data);
  const entries = [...recordFiles.map((f) => f.path), ...products.map((p) => p.path)].sort(byCodeUnit);
  const contents = await Promise.all(
    entries.map(async (name) => ({ name, data: products.find((p) => p.path === name)?.data ?? (await readFile(join(options.archiveDir, name))) })),
  );
  const zip = zipFiles(contents, year);
  await writeIfChanged(host, join(options.archiveDir, `${year}.zip`), zip);
  return { files: [...products.map((p) => fileEntry(p.path, p.data)), fileEntry(`${year}.zip`, zip)], diagnostics };
}
