// The toolkit runs both from src/ (vitest, tsx) and from dist/ (the CLI); assets (schema, templates,
// fonts) are found from the package root, located once by walking up to package.json.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('baocao: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  root = dir;
  return dir;
}

export const assetPath = (...parts: string[]): string => join(packageRoot(), ...parts);

/** The templates that ship with baocao; a unit's own folders go before it in the search path. */
export const builtinTemplatesDir = (): string => assetPath('templates');
