// Many records → their files: unchanged records are skipped through the content-hash cache, the rest
// are built in this process (few records: no worker start-up cost) or on worker threads sized to the
// machine. One record's failure never stops the others.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { diagnostic, t, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Host } from '../host/host.js';
import type { RendererName } from '../render/index.js';
import type { RecordResult } from './build-record.js';
import { isFresh, readEntry, recordKey, removeEntry, templatesFingerprint, toolkitFingerprint, writeEntry } from './cache.js';
import type { WorkerTask } from './worker.js';
import { recordIdOf } from '../record/ids.js';
import { LIMITS, loadBytes } from '../record/load.js';

export interface BatchOptions {
  readonly outDir: string;
  readonly formats: readonly RendererName[];
  readonly templateDirs: readonly string[];
  /** Only these document kinds (`report --docs`); absent: every document each record asks for. */
  readonly kinds?: readonly string[];
  /** Worker threads; 1 builds in this process. Default: cores, when the batch is large enough to pay for them. */
  readonly jobs?: number;
  /** Skip records whose inputs have not changed since the last build into outDir. */
  readonly incremental: boolean;
  readonly onResult?: (result: BatchResult, done: number, total: number) => void;
  /**
   * Ids the caller already knows, by file (the archive's manifest, for files whose bytes it has seen):
   * those records are not parsed just to learn their id, which was most of an unchanged run's time.
   */
  readonly knownIds?: ReadonlyMap<string, string>;
}

export interface BatchResult extends RecordResult {
  /** True when the record was skipped because nothing it depends on changed. */
  readonly cached: boolean;
  /** The files a skipped record vouches for, untouched by this run (`written` holds only what was written). */
  readonly unchanged?: readonly string[];
}

/** Below this many records to build, a worker's start-up (loading pdfmake, fonts) costs more than it saves. */
export const WORKER_THRESHOLD = 8;

/** Old-generation cap of a worker's heap; a record needs a few MiB. */
export const WORKER_HEAP_MB = 128;

/**
 * Records whose ids name one output folder: equal ids, or ids that differ only by letter case or
 * Unicode normalisation (one folder on Windows and macOS). Found before anything is written, so
 * neither record's documents are built and no worker timing decides which survives.
 */
export function sharedIds(ids: ReadonlyMap<string, string>): Map<string, Diagnostic> {
  const byKey = new Map<string, string[]>();
  for (const [file, id] of ids) {
    const key = id.normalize('NFC').toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), file]);
  }
  const out = new Map<string, Diagnostic>();
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const file of group) {
      const id = ids.get(file)!;
      const others = group.filter((o) => o !== file).join(', ');
      out.set(
        file,
        diagnostic({
          file,
          ruleId: 'report/duplicate-id',
          stage: 'render',
          message: t(`Mã hồ sơ \`${id}\` trùng với ${others}: văn bản của các hồ sơ này sẽ ghi đè nhau trong ${id}/, nên không hồ sơ nào được dựng`, `Record id \`${id}\` is shared with ${others}: their documents would overwrite each other in ${id}/, so none is built`),
          hint: t('Đặt trường id khác nhau, hoặc đổi tên tệp khi hồ sơ không có id.', 'Give the records different ids, or rename the files when they have none.'),
        }),
      );
    }
  }
  return out;
}

function workerFailed(file: string, err: unknown): Diagnostic {
  const reason = err instanceof Error ? err.message : String(err);
  return diagnostic({
    file,
    ruleId: 'internal/worker-failed',
    stage: 'internal',
    message: t(`Luồng dựng hồ sơ này bị dừng: ${reason}`, `The worker building this record stopped: ${reason}`),
    hint: t('Thử dựng riêng hồ sơ này với --jobs 1; nếu vẫn lỗi, gửi hồ sơ cho bộ phận kỹ thuật.', 'Try this record alone with --jobs 1; if it still fails, report it with the record.'),
  });
}

export function defaultJobs(toBuild: number): number {
  return toBuild >= WORKER_THRESHOLD ? Math.max(1, availableParallelism()) : 1;
}

export async function runBatch(host: Host, files: readonly string[], options: BatchOptions): Promise<BatchResult[]> {
  const context = [toolkitFingerprint(), templatesFingerprint(options.templateDirs), options.formats.join(','), options.kinds?.join(',') ?? '', options.outDir].join('\0');
  const results = new Array<BatchResult>(files.length);
  const keys = new Map<string, string>();
  const pending: number[] = [];
  let done = 0;
  const finish = (i: number, r: BatchResult) => {
    results[i] = r;
    done++;
    options.onResult?.(r, done, files.length);
  };
  // The cache learns of each record as it finishes, not at the end: a run killed half-way leaves
  // entries only for records whose files are whole. An entry that cannot be written costs a rebuild
  // next time, nothing else.
  const settle = async (i: number, r: BatchResult) => {
    const id = ids.get(files[i]!);
    const key = keys.get(files[i]!);
    const ok = r.written.length > 0 && !r.diagnostics.some((d) => d.severity === 'error');
    if (id !== undefined && key !== undefined && ok && r.id === id) {
      await writeEntry(host, options.outDir, id, key, r.written.map((w) => ({ path: w.path, sha256: w.sha256 }))).catch(() => undefined);
    }
    finish(i, r);
  };

  // Every id of the run first: duplicates are refused before any record is built or skipped.
  const contents = new Map<string, Uint8Array>();
  const ids = new Map<string, string>();
  for (const file of files) {
    let bytes: Uint8Array | undefined;
    try {
      if ((await host.fileSize(file)) <= LIMITS.maxBytes) bytes = await host.readFile(file);
    } catch {
      bytes = undefined; // buildRecord reports the read failure with its own diagnostic
    }
    if (!bytes) continue;
    contents.set(file, bytes);
    const known = options.knownIds?.get(file);
    if (known !== undefined) {
      ids.set(file, known);
      continue;
    }
    const { id, problem } = recordIdOf(file, loadBytes(file, bytes).data);
    if (!problem) ids.set(file, id);
  }
  const duplicates = sharedIds(ids);

  for (const [i, file] of files.entries()) {
    const bytes = contents.get(file);
    const duplicate = duplicates.get(file);
    if (duplicate) {
      finish(i, { file, id: ids.get(file)!, written: [], diagnostics: [duplicate], cached: false });
      continue;
    }
    const id = ids.get(file);
    if (bytes && id !== undefined) {
      const key = recordKey(bytes, context, id);
      keys.set(file, key);
      const entry = options.incremental ? await readEntry(host, options.outDir, id) : undefined;
      if (isFresh(entry, key)) {
        finish(i, { file, id, written: [], unchanged: entry.outputs.map((o) => o.path), diagnostics: [], cached: true });
        continue;
      }
      // Forgotten before the rebuild: if this run dies while writing, no entry vouches for the files.
      await removeEntry(options.outDir, id).catch(() => undefined);
    }
    pending.push(i);
  }

  const jobs = Math.min(options.jobs ?? defaultJobs(pending.length), Math.max(1, pending.length));
  const task = (i: number): WorkerTask => ({
    file: files[i]!,
    outDir: options.outDir,
    formats: options.formats,
    templateDirs: options.templateDirs,
    ...(options.kinds ? { kinds: options.kinds } : {}),
  });
  const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));

  if (jobs > 1 && existsSync(workerFile)) {
    const { Piscina } = await import('piscina');
    // A capped old generation makes each worker collect early: on a 1,000-record batch peak RSS fell
    // from 626 to 315 MiB and the run got faster (49 s against 63 s), the heap staying in cache.
    const pool = new Piscina({ filename: workerFile, maxThreads: jobs, minThreads: jobs, idleTimeout: 1000, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    try {
      await Promise.all(
        pending.map(async (i) => {
          try {
            const r = (await pool.run(task(i))) as RecordResult;
            await settle(i, { ...r, cached: false });
          } catch (err) {
            // A worker that died (out of memory, a crash in a dependency) fails this record only.
            finish(i, { file: files[i]!, written: [], diagnostics: [workerFailed(files[i]!, err)], cached: false });
          }
        }),
      );
    } finally {
      await pool.destroy();
    }
  } else if (pending.length > 0) {
    // Loaded only when something is to be built: an unchanged batch never pays for pdfmake and docx.
    const { default: run } = await import('./worker.js');
    for (const i of pending) await settle(i, { ...(await run(task(i))), cached: false });
  }

  return results;
}
