// The one place output paths are made. Ids are checked by the id rule (record/ids.ts) before they get
// here; this assertion is the last line should a future caller skip it: nothing is ever written
// outside --out, whatever a record or a file name says.
import { isAbsolute, join, relative, resolve } from 'node:path';
import { idProblem } from '../record/ids.js';

export class OutsideOutputError extends Error {}

/** out/<id>/<name>, asserted to lie inside out/<id>/. */
export function outputPath(outDir: string, id: string, name: string): string {
  if (idProblem(id)) throw new OutsideOutputError(`unusable record id ${JSON.stringify(id)}`);
  const folder = resolve(outDir, id);
  const path = join(outDir, id, name);
  const rel = relative(folder, resolve(path));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.includes('/') || rel.includes('\\')) {
    throw new OutsideOutputError(`output ${JSON.stringify(name)} would leave ${folder}`);
  }
  return path;
}
