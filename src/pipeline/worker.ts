// A worker thread's task: one record → its files. The template engine is made once per worker and
// reused, as the fonts and compiled schema are (module-level caches).
import { nodeHost } from '../host/host.js';
import { TemplateEngine } from '../template/engine.js';
import { buildRecord, type RecordResult } from './build-record.js';
import type { RendererName } from '../render/index.js';

export interface WorkerTask {
  readonly file: string;
  readonly outDir: string;
  readonly formats: readonly RendererName[];
  readonly templateDirs: readonly string[];
  /** Only these document kinds (`--docs`); a plain list, as it crosses to a worker thread. */
  readonly kinds?: readonly string[];
  readonly attachSource?: boolean;
}

const engines = new Map<string, TemplateEngine>();

export function engineFor(dirs: readonly string[]): TemplateEngine {
  const key = dirs.join('\0');
  let engine = engines.get(key);
  if (!engine) {
    engine = new TemplateEngine(dirs);
    engines.set(key, engine);
  }
  return engine;
}

export default async function run(task: WorkerTask): Promise<RecordResult> {
  return buildRecord(nodeHost, task.file, {
    outDir: task.outDir,
    formats: task.formats,
    engine: engineFor(task.templateDirs),
    ...(task.kinds ? { kinds: new Set(task.kinds) } : {}),
    ...(task.attachSource ? { attachSource: true } : {}),
  });
}
