// Golden documents, compared by structure (after pandoc's OOXML tests): the document model of each
// seed record as JSON, and the paragraph skeleton of its DOCX (style and text of each paragraph),
// never the bytes of a zip. After an intended change: UPDATE_GOLDEN=1 npx vitest run tests/report.
import { profileIdOf } from '../../src/record/profile.js';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/compose/build.js';
import { nodeHost } from '../../src/host/host.js';
import { PROFILES } from '../../src/layout/profiles.js';
import { loadRecord } from '../../src/record/index.js';
import { renderDocx } from '../../src/render/index.js';
import { TemplateEngine } from '../../src/template/engine.js';
import { docxXml } from '../helpers/docx.js';

const DATA = 'data';
const GOLDEN = join('tests', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';
const engine = new TemplateEngine();

/** Each body paragraph of document.xml as "Style | text", tables flattened in reading order. */
function skeleton(xml: string): string[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1] ?? m[2] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? '-';
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((t) => t[1] ?? '⏎').join('');
    return `${style} | ${text}`;
  });
}

function compare(file: string, actual: string): void {
  const path = join(GOLDEN, file);
  if (update) writeFileSync(path, actual);
  expect(existsSync(path), `no golden ${path}: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(actual, `golden ${path} (UPDATE_GOLDEN=1 to accept an intended change)`).toBe(readFileSync(path, 'utf8'));
}

describe.each(readdirSync(DATA).filter((f) => f.endsWith('.yaml')).sort())('golden %s', (file) => {
  const id = file.replace(/\.yaml$/, '');
  const built = (async () => {
    const { record } = await loadRecord(nodeHost, join(DATA, file));
    const profile = PROFILES[profileIdOf(record!)];
    const model = buildDocument(record!, record!.documents[0]!, profile, engine).model!;
    return { model, docx: await renderDocx(model, profile) };
  })();

  it('document model', async () => {
    compare(`${id}.model.json`, JSON.stringify((await built).model, null, 2) + '\n');
  });

  it('DOCX paragraph skeleton', async () => {
    compare(`${id}.docx.txt`, skeleton(docxXml((await built).docx)).join('\n') + '\n');
  });
});
