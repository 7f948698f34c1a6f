// Many records → their files: unchanged records are skipped through the content-hash cache, the rest
// are built in this process (few records: no worker start-up cost) or on worker threads sized to what
// the machine delivers (jobs.ts). One record's failure never stops the others, nor does one record
// that never ends: a worker build has a time budget (see RECORD_BUDGET_MS).
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { diagnostic, t, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Host } from '../host/host.js';
import type { RendererName } from '../render/index.js';
import type { RecordResult } from './build-record.js';
import { isFresh, readEntry, readIdMemo, recordKey, removeEntry, templatesFingerprint, toolkitFingerprint, writeEntry, writeIdMemo, type IdMemo } from './cache.js';
import { defaultJobs } from './jobs.js';
import { mapLimited } from '../host/map-limited.js';
import type { WorkerTask } from './worker.js';
import { recordIdOf } from '../record/ids.js';
import { LIMITS, loadBytes, textChars } from '../record/load.js';
import { builtinTemplatesDir } from '../host/paths.js';
import { removeOrphanTemps } from './out-folder.js';

export interface BatchOptions {
  readonly outDir: string;
  readonly formats: readonly RendererName[];
  readonly templateDirs: readonly string[];
  /** Only these document kinds (`report --docs`); absent: every document each record asks for. */
  readonly kinds?: readonly string[];
  /** Worker threads; 1 builds in this process. Default: jobs.ts's defaultJobs (spare cores, quota and load counted). */
  readonly jobs?: number;
  /** Skip records whose inputs have not changed since the last build into outDir. */
  readonly incremental: boolean;
  readonly onResult?: (result: BatchResult, done: number, total: number) => void;
  /**
   * Ids the caller already knows, by file (the archive's manifest, for files whose bytes it has seen):
   * those records are not parsed just to learn their id, which was most of an unchanged run's time.
   */
  readonly knownIds?: ReadonlyMap<string, string>;
  /** Each PDF carries its record's YAML as a PDF/A-3b associated file (`archive --attach-source`). */
  readonly attachSource?: boolean;
}

export interface BatchResult extends RecordResult {
  /** True when the record was skipped because nothing it depends on changed. */
  readonly cached: boolean;
  /** The files a skipped record vouches for, untouched by this run (`written` holds only what was written). */
  readonly unchanged?: readonly string[];
}

/** Old-generation cap of a worker's heap; a record needs a few MiB. */
export const WORKER_HEAP_MB = 128;

/**
 * Time one record may take in a worker before the worker is terminated and the record fails with
 * `report/over-budget`. A real record builds in well under a second; the budget is a safety net
 * for input nobody foresaw, generous enough for a loaded CI machine. BAOCAO_RECORD_BUDGET_MS sets it.
 */
export const RECORD_BUDGET_MS = 60_000;

/**
 * Text (characters, aliases expanded) above which a record is built in a worker even in a small batch.
 * Synchronous code on the main thread cannot be interrupted, so only a worker can be held to a
 * budget. The typography passes and both renderers are linear in the text (tests feed them 1 MB
 * adversarial strings), so a record under this size is bounded by its size; real records hold a
 * few thousand characters. User templates (--templates) are not bounded by the record's size
 * (nested {{#each}} multiplies), so a batch with them always goes to workers too.
 */
export const IN_PROCESS_MAX_CHARS = 64 * 1024;

export function recordBudgetMs(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env['BAOCAO_RECORD_BUDGET_MS']);
  return Number.isInteger(n) && n > 0 ? n : RECORD_BUDGET_MS;
}

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

function overBudget(file: string, ms: number): Diagnostic {
  const s = (ms / 1000).toLocaleString('vi-VN');
  return diagnostic({
    file,
    ruleId: 'report/over-budget',
    stage: 'render',
    message: t(`Dựng hồ sơ này quá ${s} giây nên đã dừng; các hồ sơ khác không bị ảnh hưởng`, `Building this record took over ${ms / 1000} s, so it was stopped; other records are not affected`),
    hint: t(
      'Xem hồ sơ có đoạn văn quá dài hoặc mẫu riêng (--templates) có vòng {{#each}} lồng nhau không; nếu hồ sơ đúng mà máy chậm, đặt BAOCAO_RECORD_BUDGET_MS lớn hơn (mili giây).',
      'Look for an overlong passage or nested {{#each}} loops in a unit template (--templates); if the record is fine and the machine slow, set BAOCAO_RECORD_BUDGET_MS higher (milliseconds).',
    ),
  });
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


export async function runBatch(host: Host, files: readonly string[], options: BatchOptions): Promise<BatchResult[]> {
  // The attachment joins the key only when asked, so the keys of every other build stay as they were.
  const context = [toolkitFingerprint(), templatesFingerprint(options.templateDirs), options.formats.join(','), options.kinds?.join(',') ?? '', options.outDir, ...(options.attachSource ? ['attach-source'] : [])].join('\0');
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
  const contents = new Map<string, string>();
  const ids = new Map<string, string>();
  const heavy = new Set<string>();
  const unparsed = new Map<string, Uint8Array>();
  const memo: IdMemo = options.incremental && !options.knownIds ? await readIdMemo(host, options.outDir) : new Map();
  // 16 files at a time: one await at a time left an unchanged 1,000-record run idle ~60 % of its time.
  // Each file is reduced to its facts as it is read, so no more than 16 records' bytes are held
  // (besides those of remembered records, parsed later only if they are built).
  const scanned = await mapLimited(files, 16, async (file) => {
    let read;
    try {
      // A record over the cap (or one that grew past it) is never read whole; buildRecord reports it.
      if ((await host.fileSize(file)) <= LIMITS.maxBytes) read = await host.readCapped(file, LIMITS.maxBytes);
    } catch {
      read = undefined; // buildRecord reports the read failure with its own diagnostic
    }
    if (!read || read.over) return undefined;
    const remembered = memo.get(file);
    const known = options.knownIds?.get(file) ?? (remembered?.sha256 === read.sha256 ? remembered.id : undefined);
    // An unchanged record is never parsed: its id is known, its size is looked at only if it is built.
    if (known !== undefined) return { sha256: read.sha256, id: known, heavy: false, bytes: read.bytes };
    const data = loadBytes(file, read.bytes).data;
    const { id, problem } = recordIdOf(file, data);
    return { sha256: read.sha256, ...(problem ? {} : { id }), heavy: textChars(data) > IN_PROCESS_MAX_CHARS };
  });
  for (const [n, file] of files.entries()) {
    const facts = scanned[n];
    if (!facts) continue;
    contents.set(file, facts.sha256);
    if (facts.id !== undefined) ids.set(file, facts.id);
    if (facts.heavy) heavy.add(file);
    if (facts.bytes) unparsed.set(file, facts.bytes);
  }
  const duplicates = sharedIds(ids);
  if (options.incremental && !options.knownIds) {
    const learnt = [...ids].flatMap(([file, id]) => (contents.has(file) ? [[file, contents.get(file)!, id] as const] : []));
    await writeIdMemo(host, options.outDir, learnt).catch(() => undefined); // without it the next run parses again, nothing else
  }

  const entries = await mapLimited(files, 16, async (file) => {
    const id = ids.get(file);
    return options.incremental && id !== undefined && !duplicates.has(file) ? readEntry(host, options.outDir, id) : undefined;
  });
  for (const [i, file] of files.entries()) {
    const contentHash = contents.get(file);
    const duplicate = duplicates.get(file);
    if (duplicate) {
      finish(i, { file, id: ids.get(file)!, written: [], diagnostics: [duplicate], cached: false });
      continue;
    }
    const id = ids.get(file);
    if (contentHash !== undefined && id !== undefined) {
      const key = recordKey(contentHash, context, id);
      keys.set(file, key);
      const entry = entries[i];
      if (isFresh(entry, key)) {
        finish(i, { file, id, written: [], unchanged: entry.outputs.map((o) => o.path), diagnostics: [], cached: true });
        continue;
      }
      // Forgotten before the rebuild: if this run dies while writing, no entry vouches for the files.
      await removeEntry(options.outDir, id).catch(() => undefined);
    }
    pending.push(i);
  }

  for (const i of pending) {
    const bytes = unparsed.get(files[i]!);
    if (bytes && textChars(loadBytes(files[i]!, bytes).data) > IN_PROCESS_MAX_CHARS) heavy.add(files[i]!);
  }

  const jobs = Math.min(options.jobs ?? defaultJobs(pending.length), Math.max(1, pending.length));
  const task = (i: number): WorkerTask => ({
    file: files[i]!,
    outDir: options.outDir,
    formats: options.formats,
    templateDirs: options.templateDirs,
    ...(options.kinds ? { kinds: options.kinds } : {}),
    ...(options.attachSource ? { attachSource: true } : {}),
  });
  const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));

  const builtin = resolve(builtinTemplatesDir());
  const userTemplates = options.templateDirs.some((d) => resolve(d) !== builtin);
  const isolate = userTemplates || pending.some((i) => heavy.has(files[i]!));
  if ((jobs > 1 || isolate) && existsSync(workerFile)) {
    const { Piscina } = await import('piscina');
    // A capped old generation makes each worker collect early: on a 1,000-record batch peak RSS fell
    // from 626 to 315 MiB and the run got faster (49 s against 63 s), the heap staying in cache.
    const pool = new Piscina({ filename: workerFile, maxThreads: jobs, minThreads: jobs, idleTimeout: 1000, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const budget = recordBudgetMs();
    let stopped = 0;
    // No more tasks in flight than threads, so a record's budget runs from when a worker takes it,
    // not from when it was queued behind others.
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < pending.length) {
        const i = pending[next++]!;
        try {
          // On abort piscina terminates the worker running the task and starts a fresh one.
          const r = (await pool.run(task(i), { signal: AbortSignal.timeout(budget) })) as RecordResult;
          await settle(i, { ...r, cached: false });
        } catch (err) {
          const timedOut = err instanceof Error && err.name === 'AbortError';
          if (timedOut) stopped++;
          // A worker that died (out of memory, a crash in a dependency) or ran out of time fails this record only.
          finish(i, { file: files[i]!, written: [], diagnostics: [timedOut ? overBudget(files[i]!, budget) : workerFailed(files[i]!, err)], cached: false });
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: jobs }, lane));
    } finally {
      await pool.destroy();
    }
    // A worker stopped mid-write leaves its temporary files; no other writer is left to own them.
    if (stopped > 0) await removeOrphanTemps(options.outDir).catch(() => undefined);
  } else if (pending.length > 0) {
    // Loaded only when something is to be built: an unchanged batch never pays for pdfmake and docx.
    const { default: run } = await import('./worker.js');
    for (const i of pending) await settle(i, { ...(await run(task(i))), cached: false });
  }

  return results;
}
