// A real browser for the HTML tests: the system's chromium (Debian package, installed by .ci/run)
// driven by playwright-core, which never downloads a browser of its own. Where chromium is missing
// the suites skip with the reason.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { hasTool } from './tools.js';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH ?? CANDIDATES.find((p) => existsSync(p)) ?? (hasTool('chromium') ? 'chromium' : undefined);
}

/** Why the browser suites skip, or undefined when they can run. */
export function missingBrowser(): string | undefined {
  return chromiumPath() === undefined ? 'skipped: chromium not installed (CI installs it: apt-get install chromium)' : undefined;
}

export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  // --no-sandbox: CI runs as root in a container, where chromium's sandbox cannot start.
  return chromium.launch({ executablePath: chromiumPath()!, args: ['--no-sandbox', '--font-render-hinting=none'] });
}
