// Handlebars' compiler is a large part of a cold run (each partial at start, each template on first
// use: ~100–160 ms measured with --cpu-prof). `npm run build` therefore compiles the shipped
// templates ahead of time into dist/template/precompiled.json (scripts/precompile-templates.mjs).
// A spec is taken from it only under the hash of everything that shapes it (the source, the helper
// names, the compile options, the Handlebars version), so a unit's own template or one edited since
// the build simply misses and is compiled as before: the output cannot differ.
import type Handlebars from 'handlebars';
import runtime from 'handlebars/runtime.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { assetPath } from '../host/paths.js';

/** Where the build writes the precompiled specs, relative to the package root. */
export const PRECOMPILED_PATH = ['dist', 'template', 'precompiled.json'] as const;

/** The options every template and partial is compiled with (strict: a misspelt field is an error). */
export function compileOptions(helperNames: readonly string[]): PrecompileOptions {
  return { strict: true, knownHelpersOnly: true, knownHelpers: Object.fromEntries(helperNames.map((k) => [k, true])) };
}
type PrecompileOptions = NonNullable<Parameters<typeof Handlebars.precompile>[1]>;

export function specKey(source: string, helperNames: readonly string[]): string {
  return createHash('sha256')
    .update((runtime as unknown as typeof Handlebars).VERSION)
    .update('\0')
    .update(JSON.stringify(compileOptions(helperNames)))
    .update('\0')
    .update(source)
    .digest('hex');
}

let specs: Readonly<Record<string, string>> | undefined;

/** The build's spec for this key, if the build made one (none when running from src/ without a build). */
export function precompiledSpec(key: string): string | undefined {
  if (specs === undefined) {
    try {
      specs = JSON.parse(readFileSync(assetPath(...PRECOMPILED_PATH), 'utf8')) as Record<string, string>;
    } catch {
      specs = {};
    }
  }
  return Object.hasOwn(specs, key) ? specs[key] : undefined;
}
