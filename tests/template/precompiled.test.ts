// The build compiles the shipped templates ahead of time (scripts/precompile-templates.mjs); the engine
// takes those specs in place of compiling. They must be exactly what compiling the template now gives,
// or a cold run would print something else than a warm one.
import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpers } from '../../src/template/helpers.js';
import { compileOptions, precompiledSpec, specKey } from '../../src/template/precompiled.js';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.hbs') ? [join(dir, e.name)] : []));

describe('precompiled templates (dist/template/precompiled.json, written by npm run build)', () => {
  const names = Object.keys(helpers);

  it('hold, for every shipped template and partial, what Handlebars compiles from it now', () => {
    const templates = files('templates');
    expect(templates.length).toBeGreaterThan(10);
    for (const file of templates) {
      const source = readFileSync(file, 'utf8').normalize('NFC');
      const spec = precompiledSpec(specKey(source, names));
      expect(spec, `${file}: not precompiled; run npm run build`).toBeDefined();
      expect(spec, file).toBe(Handlebars.precompile(source, compileOptions(names)) as unknown as string);
    }
  });

  it('are found only for the exact source: an edited template is compiled again', () => {
    const source = readFileSync('templates/bao-cao.hbs', 'utf8').normalize('NFC');
    expect(precompiledSpec(specKey(source + ' ', names))).toBeUndefined();
    expect(precompiledSpec(specKey(source, [...names, 'another-helper']))).toBeUndefined();
  });
});
