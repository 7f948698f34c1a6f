// Run by `npm run build` after tsc: compiles every template shipped in templates/ ahead of time into
// dist/template/precompiled.json, keyed as src/template/precompiled.ts looks them up (so the keys and
// options come from the compiled code itself, never a copy). A cold run then skips Handlebars'
// compiler for the built-in templates. The file is rewritten whole (temp file + rename).
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { helpers } from '../dist/template/helpers.js';
import { compileOptions, PRECOMPILED_PATH, specKey } from '../dist/template/precompiled.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function templates(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? templates(join(dir, e.name)) : e.name.endsWith('.hbs') ? [join(dir, e.name)] : [],
  );
}

const names = Object.keys(helpers);
const specs = {};
for (const file of templates(join(root, 'templates')).sort()) {
  // The engine compiles the NFC form of each file (template/engine.ts); so must the build.
  const source = readFileSync(file, 'utf8').normalize('NFC');
  try {
    specs[specKey(source, names)] = Handlebars.precompile(source, compileOptions(names));
  } catch {
    // A template that does not compile is left to the engine, which reports it with its position.
  }
}
const out = join(root, ...PRECOMPILED_PATH);
writeFileSync(out + '.tmp', JSON.stringify(specs));
renameSync(out + '.tmp', out);
