// A peer as a whole process, for the bench's cold lines: `node dist/bench/peers/cold.js docx|typst
// model.json out`. Node's start, the peer's loading and one document, as baocao's CLI is measured.
import { readFileSync, writeFileSync } from 'node:fs';
import type { DocumentModel } from '../../document/model.js';
import { PROFILES } from '../../layout/profiles.js';
import { fontsDir } from '../../layout/measure.js';

const [kind, modelFile, out] = process.argv.slice(2);
const model = JSON.parse(readFileSync(modelFile!, 'utf8')) as DocumentModel;
const profile = PROFILES[model.profile];
if (kind === 'docx') {
  const { renderPlainDocx } = await import('./plain-docx.js');
  writeFileSync(out!, await renderPlainDocx(model, profile));
} else if (kind === 'typst') {
  const { typstCompiler, typstSource } = await import('./typst.js');
  const typst = typstCompiler(fontsDir());
  if (!typst) process.exit(3);
  writeFileSync(out!, typst.pdf({ mainFileContent: typstSource(model, profile) }));
} else {
  process.stderr.write(`cold.js: unknown peer ${kind}\n`);
  process.exit(2);
}
