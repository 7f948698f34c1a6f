// The records of an archive → their documents in archive/<year>/<id>/, through the report batch
// (its cache, workers, atomic sets), one batch per year folder. Each record becomes a manifest
// entry: built with its documents and files, or failed with its diagnostics; a failure never stops
// the others.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Host } from '../host/host.js';
import { runBatch, sharedIds, type BatchResult } from '../pipeline/batch.js';
import { readEntry } from '../pipeline/cache.js';
import { recordIdOf } from '../record/ids.js';
import { LIMITS, loadBytes } from '../record/load.js';
import { fileEntry, sha256 } from './files.js';
import { mapLimited } from '../host/map-limited.js';
import { ARCHIVE_FORMATS, archivePath, byCodeUnit, mediaType, yearFolder } from './layout.js';
import { countDiagnostics, manifestDiagnostic, type ManifestDocument, type ManifestFile, type ManifestRecord } from './manifest.js';
import { shardOf, type Shard } from './shard.js';
import { readStamps, stampContext, stillStamped, writeStamps } from './stamps.js';

export interface RecordsOptions {
  /** Absolute: the batch's cache keys and entries hold it, and they must not depend on the cwd. */
  readonly archiveDir: string;
  readonly templateDirs: readonly string[];
  readonly jobs?: number;
  readonly incremental: boolean;
  readonly attachSource?: boolean;
  readonly shard?: Shard;
  /** Only the records of this year folder. */
  readonly year?: string;
  /** The previous manifest's records, by id: what an unchanged (cached) record's documents were. */
  readonly previous?: ReadonlyMap<string, ManifestRecord>;
  /** The previous manifest's files, by path: sizes of files the cache has just found unchanged. */
  readonly previousFiles?: ReadonlyMap<string, ManifestFile>;
  readonly onResult?: (result: BatchResult, done: number, total: number) => void;
}

export interface RecordsOutcome {
  readonly records: ManifestRecord[];
  readonly files: ManifestFile[];
  readonly results: BatchResult[];
  /** Records refused before the batch (ids shared across years). */
  readonly refused: BatchResult[];
}

interface Input {
  readonly file: string;
  readonly sha: string;
  /** Id and year taken from the previous manifest (same name, same bytes), not from a parse. */
  readonly known?: boolean;
  /** The bytes read once here, copied into the archive from memory. */
  readonly bytes?: Uint8Array;
  readonly id: string;
  readonly usableId: boolean;
  readonly year: string;
}

/** What the previous manifest knew of a file with these bytes and this name: its id and year. */
type Known = ReadonlyMap<string, { readonly id: string; readonly year: string }>;
const knownKey = (file: string, sha: string) => `${basename(file)}\0${sha}`;

async function scan(host: Host, file: string, known: Known): Promise<Input> {
  let bytes: Uint8Array | undefined;
  try {
    if ((await host.fileSize(file)) <= LIMITS.maxBytes) bytes = await host.readFile(file);
  } catch {
    bytes = undefined; // the batch reports why the record cannot be read
  }
  // The id and year follow from the bytes and the file name alone: an unchanged record is not parsed again.
  const sha = bytes ? sha256(bytes) : '';
  const seen = bytes ? known.get(knownKey(file, sha)) : undefined;
  if (seen) return { file, sha, id: seen.id, usableId: true, year: seen.year, known: true, bytes: bytes! };
  const data = bytes ? loadBytes(file, bytes).data : undefined;
  const { id, problem } = recordIdOf(file, data);
  const date = data !== null && typeof data === 'object' ? (data as { date?: unknown }).date : undefined;
  return { file, sha, id, usableId: !problem, year: yearFolder(date), ...(bytes ? { bytes } : {}) };
}

export async function buildRecords(host: Host, files: readonly string[], options: RecordsOptions): Promise<RecordsOutcome> {
  const known: Known = new Map(
    [...(options.previous?.values() ?? [])].filter((r) => r.id !== undefined).map((r) => [`${r.file}\0${r.sourceSha256}`, { id: r.id!, year: r.year }]),
  );
  let inputs = await mapLimited(files, 16, (file) => scan(host, file, known));
  if (options.shard) inputs = inputs.filter((i) => shardOf(i.id, options.shard!.count) === options.shard!.index);
  if (options.year !== undefined) inputs = inputs.filter((i) => i.year === options.year);

  // Ids shared by records of different years would pass each year's batch: refused here, all of them.
  const duplicates = sharedIds(new Map(inputs.filter((i) => i.usableId).map((i) => [i.file, i.id])));
  const refused: BatchResult[] = [];
  const records: ManifestRecord[] = [];
  const fileEntries: ManifestFile[] = [];
  const results: BatchResult[] = [];
  for (const input of inputs) {
    const d = duplicates.get(input.file);
    if (!d) continue;
    const r: BatchResult = { file: input.file, id: input.id, written: [], diagnostics: [d], cached: false };
    refused.push(r);
    records.push(failedRecord(input, r.diagnostics));
  }
  const byYear = new Map<string, Input[]>();
  for (const input of inputs) {
    if (duplicates.has(input.file)) continue;
    const list = byYear.get(input.year);
    if (list) list.push(input);
    else byYear.set(input.year, [input]);
  }

  const context = stampContext(options.templateDirs, options.attachSource === true);
  const stamps = options.incremental ? await readStamps(options.archiveDir, context) : new Map();
  const stamped: { id: string; sha: string; year: string; files: ManifestFile[] }[] = [];
  const total = inputs.length;
  let done = 0;
  // Refused before any batch, they are still reported like every other record.
  for (const r of refused) options.onResult?.(r, ++done, total);
  for (const year of [...byYear.keys()].sort(byCodeUnit)) {
    const all = byYear.get(year)!;
    // Unchanged by size and mtime (stamps.ts): straight from the previous manifest, no batch.
    const fast = await mapLimited(all, 16, async (input) => {
      const prev = input.known ? options.previous?.get(input.id) : undefined;
      const entry = stamps.get(input.id);
      if (!prev || prev.status !== 'built' || prev.sourceSha256 !== input.sha || prev.year !== year) return undefined;
      if (!entry || entry.sha !== input.sha || entry.year !== year || !(await stillStamped(options.archiveDir, entry))) return undefined;
      const listed = Object.keys(entry.stamps).map((p) => options.previousFiles?.get(p));
      if (listed.some((f) => f === undefined)) return undefined;
      return { record: prev, files: listed as ManifestFile[] };
    });
    const group: Input[] = [];
    for (const [n, input] of all.entries()) {
      const f = fast[n];
      if (!f) {
        group.push(input);
        continue;
      }
      const r: BatchResult = { file: input.file, id: input.id, written: [], unchanged: f.files.map((x) => join(options.archiveDir, x.path)), diagnostics: [], cached: true };
      results.push(r);
      records.push(f.record);
      fileEntries.push(...f.files);
      stamped.push({ id: input.id, sha: input.sha, year, files: f.files });
      options.onResult?.(r, ++done, total);
    }
    if (group.length === 0) continue;
    const outDir = join(options.archiveDir, year);
    const batch = (list: readonly Input[], incremental: boolean) =>
      runBatch(
        host,
        list.map((i) => i.file),
        {
          outDir,
          formats: ARCHIVE_FORMATS,
          templateDirs: options.templateDirs,
          incremental,
          ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
          ...(options.attachSource ? { attachSource: true } : {}),
          knownIds: new Map(list.filter((i) => i.known).map((i) => [i.file, i.id])),
          onResult: (r) => {
            if (!r.cached || known(r)) options.onResult?.(r, ++done, total);
          },
        },
      );
    // A record the cache vouches for but the previous manifest does not describe (manifest lost or
    // hand-edited) is built again: its documents' numbers and titles come only from a build.
    const known = (r: BatchResult) => {
      const prev = r.id !== undefined ? options.previous?.get(r.id) : undefined;
      const input = group.find((i) => i.file === r.file);
      return prev !== undefined && input !== undefined && prev.status === 'built' && prev.sourceSha256 === input.sha && prev.year === year;
    };
    const first = await batch(group, options.incremental);
    const again = first.filter((r) => r.cached && !known(r)).map((r) => group.find((i) => i.file === r.file)!);
    const second = again.length > 0 ? await batch(again, false) : [];
    const final = first.map((r) => (r.cached && !known(r) ? second.find((s) => s.file === r.file)! : r));
    results.push(...final);
    // Many small reads and writes per record: overlapped, they no longer wait on each other.
    const outcomes = await mapLimited([...final.entries()], 16, ([n, r]) => recordOutcome(host, options, group[n]!, r));
    for (const o of outcomes) {
      records.push(o.record);
      fileEntries.push(...o.files);
      if (o.record.status === 'built' && o.record.id !== undefined) stamped.push({ id: o.record.id, sha: o.record.sourceSha256, year, files: o.files });
    }
  }
  await writeStamps(host, options.archiveDir, context, stamped);
  return { records, files: fileEntries, results, refused };
}

function failedRecord(input: Input, diagnostics: readonly Diagnostic[]): ManifestRecord {
  return {
    ...(input.usableId ? { id: input.id } : {}),
    file: basename(input.file),
    year: input.year,
    status: 'failed',
    sourceSha256: input.sha,
    documents: [],
    diagnosticsCount: countDiagnostics(diagnostics),
    diagnostics: diagnostics.map(manifestDiagnostic),
  };
}

async function recordOutcome(host: Host, options: RecordsOptions, input: Input, r: BatchResult): Promise<{ record: ManifestRecord; files: ManifestFile[] }> {
  const rel = (p: string) => archivePath(options.archiveDir, p);
  const files: ManifestFile[] = [];
  let documents: ManifestDocument[];
  let counts: ManifestRecord['diagnosticsCount'];
  if (r.cached && r.id !== undefined) {
    const prev = options.previous!.get(r.id)!;
    // The batch has just checked every one of these hashes against the bytes on disk.
    const entry = await readEntry(host, join(options.archiveDir, input.year), r.id);
    const previousFiles = new Map(entry?.outputs.map((o) => [rel(o.path), o.sha256]));
    for (const [path, hash] of previousFiles) {
      const listed = options.previousFiles?.get(path);
      files.push(listed?.sha256 === hash ? listed : { path, size: await host.fileSize(join(options.archiveDir, path)), sha256: hash, mediaType: mediaType(path) });
    }
    documents = [...prev.documents];
    counts = prev.diagnosticsCount;
  } else {
    for (const w of r.written) files.push({ path: rel(w.path), size: w.bytes, sha256: w.sha256, mediaType: mediaType(w.path) });
    documents = (r.documents ?? []).map((d) => ({ ...d, files: d.files.map(rel) }));
    counts = countDiagnostics(r.diagnostics);
  }
  if (files.length === 0 || r.id === undefined) return { record: failedRecord(input, r.diagnostics), files: [] };
  // In file order whatever the build order: a fresh and a cached outcome must describe the record alike.
  documents.sort((a, b) => byCodeUnit(a.files[0] ?? '', b.files[0] ?? ''));

  // The record's YAML beside its documents, byte for byte: what `--verify --rebuild` builds from.
  const source = `${input.year}/${r.id}/${r.id}.yaml`;
  const bytes = input.bytes ?? (await host.readFile(input.file));
  const target = join(options.archiveDir, source);
  const existing = await readFile(target).catch(() => undefined);
  if (!existing || !existing.equals(bytes)) await host.writeFileAtomic(target, bytes);
  files.push(fileEntry(source, bytes));

  const failed = hasErrors(r.diagnostics);
  const profile = documents[0]?.profile;
  return {
    record: {
      id: r.id,
      file: basename(input.file),
      year: input.year,
      status: failed ? 'failed' : 'built',
      sourceSha256: sha256(bytes),
      source,
      ...(profile !== undefined ? { profile } : {}),
      documents,
      diagnosticsCount: counts,
      ...(failed ? { diagnostics: r.diagnostics.map(manifestDiagnostic) } : {}),
    },
    files,
  };
}
