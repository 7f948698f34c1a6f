// A watch session: the watched records, each with its last good document model and its current
// diagnostics. A change to a record rebuilds that record only; a change to a template rebuilds them
// all (the profile is the record's own field, so a profile change is a record change). The DOCX and
// PDF are rebuilt in the background once the edits settle, one record at a time.
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocumentModel } from '../document/model.js';
import type { Host } from '../host/host.js';
import { buildRecord, type BuiltFile } from '../pipeline/build-record.js';
import { DEFAULT_FORMATS } from '../render/names.js';
import { TemplateEngine } from '../template/engine.js';

export interface WatchedRecord {
  readonly file: string;
  /** Names the record's page and reload channel: the file name without its extension. */
  readonly channel: string;
  /** The last model that built without errors: what the page keeps showing while the record is broken. */
  model?: DocumentModel;
  diagnostics: Diagnostic[];
  source?: string;
  /** Bumped on every rebuild. */
  version: number;
}

export interface SessionEvents {
  /** A record's preview was rebuilt (its page should reload). */
  rebuilt(record: WatchedRecord): void;
  /** The background DOCX/PDF build of a record finished. */
  written(record: WatchedRecord, files: readonly BuiltFile[], diagnostics: readonly Diagnostic[]): void;
}

export interface SessionOptions {
  readonly host: Host;
  readonly outDir: string;
  readonly templateDirs: readonly string[];
  /** Folders whose new .yaml files join the session (the folders named on the command line). */
  readonly recordDirs: readonly string[];
  readonly events: SessionEvents;
  /** Quiet time before a change is rebuilt: editors write a file in several steps. */
  readonly debounceMs?: number;
  /** Quiet time before the DOCX and PDF are rebuilt; 0 turns the background build off. */
  readonly backgroundMs?: number;
}

const RECORD_EXT = new Set(['.yaml', '.yml']);

export class WatchSession {
  readonly records = new Map<string, WatchedRecord>();
  private engine: TemplateEngine;
  private readonly watchers: FSWatcher[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly building = new Map<string, Promise<void>>();
  /** One background build at a time: the machine stays free for the preview. */
  private background: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: SessionOptions) {
    this.engine = new TemplateEngine(options.templateDirs);
  }

  /** Channel → record. */
  byChannel(channel: string): WatchedRecord | undefined {
    for (const r of this.records.values()) if (r.channel === channel) return r;
    return undefined;
  }

  /** Builds every record once and starts watching. */
  async start(files: readonly string[]): Promise<void> {
    for (const f of files) this.add(f);
    await Promise.all([...this.records.keys()].map((f) => this.rebuild(f)));
    this.watchRecords();
    this.watchTemplates();
  }

  private add(file: string): WatchedRecord {
    const key = resolve(file);
    let r = this.records.get(key);
    if (r) return r;
    const stem = basename(file, extname(file));
    let channel = stem;
    for (let n = 2; this.byChannel(channel); n++) channel = `${stem}-${n}`;
    r = { file, channel, diagnostics: [], version: 0 };
    this.records.set(key, r);
    return r;
  }

  private watchRecords(): void {
    const dirs = new Set(this.options.recordDirs.map((d) => resolve(d)));
    for (const dir of dirs) this.watchDir(dir, true, (name) => RECORD_EXT.has(extname(name).toLowerCase()) && !basename(name).startsWith('.'));
    // Records named one by one: their folder is watched, since editors save by writing a new file
    // and renaming it over the old one, which ends a watch on the file itself.
    const named = [...this.records.keys()].filter((f) => ![...dirs].some((d) => f.startsWith(d + '/')));
    for (const dir of new Set(named.map(dirname))) this.watchDir(dir, false, (name) => this.records.has(join(dir, name)));
  }

  private watchDir(dir: string, recursive: boolean, wanted: (name: string) => boolean): void {
    const w = this.tryWatch(dir, recursive, (name) => {
      if (!wanted(name)) return;
      const file = join(dir, name);
      if (!this.records.has(file)) this.add(file);
      this.schedule(file);
    });
    if (w) this.watchers.push(w);
  }

  private watchTemplates(): void {
    for (const dir of this.options.templateDirs) {
      const w = this.tryWatch(resolve(dir), true, (name) => {
        if (extname(name) !== '.hbs' && extname(name) !== '.json' && extname(name) !== '.yaml') return;
        this.schedule('*');
      });
      if (w) this.watchers.push(w);
    }
  }

  // A folder that cannot be watched (missing, no permission) is skipped: its records were already
  // built and reported once, and the rest of the session still works.
  private tryWatch(dir: string, recursive: boolean, onName: (name: string) => void): FSWatcher | undefined {
    try {
      const w = watch(dir, { recursive }, (_event, name) => {
        if (name !== null && !this.closed) onName(name.toString());
      });
      w.on('error', () => w.close());
      return w;
    } catch {
      return undefined;
    }
  }

  /** Debounces a change: `*` (a template) rebuilds every record. */
  private schedule(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (key === '*') {
          this.engine = new TemplateEngine(this.options.templateDirs);
          for (const f of this.records.keys()) void this.rebuild(f);
        } else void this.rebuild(key);
      }, this.options.debounceMs ?? 30),
    );
  }

  /** Rebuilds one record's preview model; a rebuild asked for during another runs after it. */
  rebuild(key: string): Promise<void> {
    const previous = this.building.get(key) ?? Promise.resolve();
    const next = previous.then(() => this.rebuildNow(key));
    this.building.set(key, next);
    return next;
  }

  private async rebuildNow(key: string): Promise<void> {
    const r = this.records.get(key);
    if (!r || this.closed) return;
    // No formats: the pipeline loads, checks and composes the record, and writes nothing.
    const result = await buildRecord(this.options.host, r.file, { outDir: this.options.outDir, formats: [], engine: this.engine, keepModels: true });
    r.diagnostics = result.diagnostics;
    r.source = result.source;
    r.version++;
    const model = result.models?.[0];
    if (model && !hasErrors(result.diagnostics)) {
      r.model = model;
      this.scheduleBackground(key);
    }
    if (!this.closed) this.options.events.rebuilt(r);
  }

  private scheduleBackground(key: string): void {
    const delay = this.options.backgroundMs ?? 800;
    if (delay <= 0) return;
    const timerKey = `background:${key}`;
    clearTimeout(this.timers.get(timerKey));
    this.timers.set(
      timerKey,
      setTimeout(() => {
        this.timers.delete(timerKey);
        this.background = this.background.then(() => this.buildFiles(key));
      }, delay),
    );
  }

  private async buildFiles(key: string): Promise<void> {
    const r = this.records.get(key);
    if (!r || this.closed) return;
    const result = await buildRecord(this.options.host, r.file, { outDir: this.options.outDir, formats: DEFAULT_FORMATS, engine: this.engine });
    this.options.events.written(r, result.written, result.diagnostics);
  }

  /**
   * Stops watching and waits for the builds under way: a file being written is finished and renamed
   * into place, so Ctrl-C leaves no temporary file behind.
   */
  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.watchers) w.close();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    await Promise.allSettled([...this.building.values(), this.background]);
  }
}
