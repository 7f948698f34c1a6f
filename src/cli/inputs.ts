// Which record files a command works on: the files named, every .yaml/.yml under the folders named.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export interface RecordInputs {
  readonly files: string[];
  /** Paths that do not exist: bad usage, not a record error. */
  readonly missing: string[];
}

const RECORD_EXT = new Set(['.yaml', '.yml']);

export async function collectRecordFiles(paths: readonly string[]): Promise<RecordInputs> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    let s;
    try {
      s = await stat(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (s.isDirectory()) files.push(...(await walk(p)));
    else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && RECORD_EXT.has(extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}
