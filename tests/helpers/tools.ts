// External tools the output tests use (poppler-utils, qpdf, LibreOffice). A test that needs one
// skips with a clear message when it is missing; CI installs them all.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';

const found = new Map<string, boolean>();

/** Whether `name` is on PATH (checked once per process). */
export function hasTool(name: string): boolean {
  let ok = found.get(name);
  if (ok === undefined) {
    try {
      execFileSync('which', [name], { stdio: 'ignore' });
      ok = true;
    } catch {
      ok = false;
    }
    found.set(name, ok);
  }
  return ok;
}

/** Why a suite is skipped, for `describe.skipIf(...)` titles and logs. */
export function missingTools(...names: string[]): string | undefined {
  const missing = names.filter((n) => !hasTool(n));
  return missing.length === 0 ? undefined : `skipped: ${missing.join(', ')} not installed (CI installs poppler-utils, qpdf, libreoffice)`;
}

export const run = promisify(execFile);

/** Runs a tool and returns its stdout as UTF-8; stderr goes into the error when it fails. */
export async function tool(name: string, args: readonly string[], options: { timeout?: number } = {}): Promise<string> {
  const { stdout } = await run(name, [...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: options.timeout ?? 60_000 });
  return stdout;
}
