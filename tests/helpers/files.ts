// Bytes-or-path inputs for the tools, and a git-ignored scratch folder for test outputs.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/host/paths.js';

let scratch: string | undefined;

/** A fresh temporary folder for this test process, removed when the process exits. */
export function tempDir(): string {
  if (scratch === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-test-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    scratch = dir;
  }
  return scratch;
}

/**
 * A path for `input`: a path is returned as is; bytes are written once to a temporary file named
 * by their hash (so checking one document many times writes it once), ending in `extension`.
 */
export function asFile(input: Uint8Array | string, extension: string): string {
  if (typeof input === 'string') return input;
  const path = join(tempDir(), createHash('sha256').update(input).digest('hex').slice(0, 32) + extension);
  if (!existsSync(path)) writeFileSync(path, input);
  return path;
}

/** out/<sub>/ under the package root: git-ignored, kept after the run so a person can look. */
export function outDir(...sub: string[]): string {
  const dir = join(packageRoot(), 'out', ...sub);
  mkdirSync(dir, { recursive: true });
  return dir;
}
