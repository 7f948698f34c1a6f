// One archive run end to end: the records (or one shard's slice of them) into their year folders,
// then, for a whole archive, each year's summary, danh mục and zip, then manifest.json, written
// last: an archive whose manifest is present is whole. Files the new manifest does not list (a
// record removed, a document no longer asked for) are removed, so the folder is the manifest.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Host } from '../host/host.js';
import type { BatchResult } from '../pipeline/batch.js';
import { removeUnlisted } from './files.js';
import { MANIFEST_NAME } from './layout.js';
import { MANIFEST_FORMAT, parseManifest, serializeManifest, toolkitFacts, type Manifest, type ManifestFile, type ManifestRecord } from './manifest.js';
import { buildRecords, type RecordsOptions } from './records.js';
import { shardLabel } from './shard.js';
import { buildYears } from './years.js';

/** What a build is asked for; the previous manifest is the build's own business. */
export type ArchiveOptions = Omit<RecordsOptions, 'previous' | 'previousFiles'>;

export interface ArchiveOutcome {
  readonly manifest: Manifest;
  readonly results: BatchResult[];
  /** Problems of the year products (summary, danh mục), printed, not kept in the manifest. */
  readonly diagnostics: Diagnostic[];
  readonly removed: string[];
}

export async function readManifest(archiveDir: string): Promise<Manifest | undefined> {
  const text = await readFile(join(archiveDir, MANIFEST_NAME), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : parseManifest(text);
}

/** A record's own files lie in <year>/<id>/; the year products one level up, or beside the year. */
export const isRecordFile = (path: string): boolean => path.split('/').length >= 3;

export async function runArchive(host: Host, files: readonly string[], options: ArchiveOptions): Promise<ArchiveOutcome> {
  const previous = await readManifest(options.archiveDir);
  const byId = new Map((previous?.records ?? []).filter((r) => r.id !== undefined).map((r) => [r.id!, r]));
  const built = await buildRecords(host, files, { ...options, previous: byId, previousFiles: new Map((previous?.files ?? []).map((f) => [f.path, f])) });
  const records: ManifestRecord[] = [...built.records];
  const recordFiles: ManifestFile[] = [...built.files];
  if (options.year !== undefined && previous && previous.shard === undefined) {
    // `--year`: the other years stay as the previous archive has them.
    records.push(...previous.records.filter((r) => r.year !== options.year));
    recordFiles.push(...previous.files.filter((f) => isRecordFile(f.path) && !f.path.startsWith(`${options.year}/`)));
  }
  return { ...(await completeArchive(host, records, recordFiles, options)), results: [...built.refused, ...built.results] };
}

/**
 * The year products (unless this is a shard), the manifest, and the clean-up: the part a single
 * build and `archive merge` share, so both give the same bytes from the same records.
 */
export async function completeArchive(
  host: Host,
  records: readonly ManifestRecord[],
  recordFiles: readonly ManifestFile[],
  options: Pick<ArchiveOptions, 'archiveDir' | 'templateDirs' | 'shard' | 'attachSource'>,
): Promise<Omit<ArchiveOutcome, 'results'>> {
  const years = options.shard ? { files: [], diagnostics: [] } : await buildYears(host, records, recordFiles, options);
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    ...toolkitFacts(),
    ...(options.shard ? { shard: shardLabel(options.shard) } : {}),
    ...(options.attachSource ? { attachSource: true } : {}),
    records,
    files: [...recordFiles, ...years.files],
  };
  const text = serializeManifest(manifest);
  await host.writeFileAtomic(join(options.archiveDir, MANIFEST_NAME), text);
  const removed = await removeUnlisted(options.archiveDir, new Set([MANIFEST_NAME, ...manifest.files.map((f) => f.path)]));
  return { manifest: parseManifest(text)!, diagnostics: years.diagnostics, removed };
}
