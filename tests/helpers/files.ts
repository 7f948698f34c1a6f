// Bytes-or-path inputs for the tools, and a git-ignored scratch folder for test outputs.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/host/paths.js';

let scratch: string | undefined;

/** A fresh temporary folder for this test process. */
export function tempDir(): string {
  scratch ??= mkdtempSync(join(tmpdir(), 'baocao-test-'));
  return scratch;
}

/** Writes `bytes` to a temporary file (named `name`) and returns its path; a path is returned as is. */
export function asFile(input: Uint8Array | string, name: string): string {
  if (typeof input === 'string') return input;
  const path = join(tempDir(), name);
  writeFileSync(path, input);
  return path;
}

/** out/<sub>/ under the package root: git-ignored, kept after the run so a person can look. */
export function outDir(...sub: string[]): string {
  const dir = join(packageRoot(), 'out', ...sub);
  mkdirSync(dir, { recursive: true });
  return dir;
}
