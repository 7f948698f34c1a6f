// The PDF renderer shares parsed fonts across documents (src/render/pdf/font-cache.ts patches fontkit
// inside pdfkit). This pins that the optimisation changes no byte: a PDF rendered after others in
// this process equals one rendered alone, without the cache, in a fresh process. The seed records
// are rendered first on purpose: "ĐẢNG UỶ" in the Party records and "ỦY BAN" in the Lai Châu one
// share glyphs, which once carried one document's characters into the next one's text layer.
// Shaped words are shared too: documents A, B, A rendered in turn in one process must each equal
// a fresh render, with A and B made so that one glyph stands for different characters in each.
import { profileIdOf } from '../../src/record/profile.js';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILES } from '../../src/layout/profiles.js';
import { renderPdf } from '../../src/render/index.js';
import { tempDir } from '../helpers/files.js';
import { fontCacheInstalled } from '../../src/render/pdf/font-cache.js';
import { MODELS } from './fixtures.js';
import { readdirSync } from 'node:fs';
import { nodeHost } from '../../src/host/host.js';
import { loadRecord } from '../../src/record/index.js';
import { buildDocument } from '../../src/compose/build.js';
import { TemplateEngine } from '../../src/template/engine.js';
import type { DocumentModel } from '../../src/document/model.js';

async function seedModels(): Promise<DocumentModel[]> {
  const engine = new TemplateEngine();
  const out: DocumentModel[] = [];
  for (const f of readdirSync('data').filter((x) => x.endsWith('.yaml')).sort()) {
    const { record } = await loadRecord(nodeHost, join('data', f));
    out.push(buildDocument(record!, record!.documents[0]!, PROFILES[profileIdOf(record!)], engine).model!);
  }
  return out;
}

const FRESH = `
import { readFileSync, writeFileSync } from 'node:fs';
const [modelFile, out] = process.argv.slice(1);
const { renderPdf } = await import('./dist/render/index.js');
const { PROFILES } = await import('./dist/layout/profiles.js');
const model = JSON.parse(readFileSync(modelFile, 'utf8'));
writeFileSync(out, await renderPdf(model, PROFILES[model.profile]));
`;

/** Renders a model in a fresh process without the font cache: what a document's bytes must be. */
function freshRender(model: DocumentModel, id: string): Buffer {
  const dir = tempDir();
  const name = `font-cache-${id.replace(/\W+/g, '-')}`;
  const modelFile = join(dir, `${name}.json`);
  const out = join(dir, `${name}.pdf`);
  writeFileSync(modelFile, JSON.stringify(model));
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', FRESH, modelFile, out], {
    env: { ...process.env, BAOCAO_NO_FONT_CACHE: '1' },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(out);
}

/**
 * The model with a no-break space before each string of its frame. Tinos draws the space and U+00A0
 * with one glyph, and a document's text layer maps each glyph to the characters of its first use in
 * that document: U+00A0 here (the frame is laid out first), U+0020 in the original. The body's words,
 * shaped once for both, must not carry one document's choice into the other (they did, when shaped
 * words kept the glyph objects of the document that first shaped them).
 */
function withNoBreakSpaces(model: DocumentModel): DocumentModel {
  const frame = JSON.parse(JSON.stringify(model.frame, (_key, v: unknown) => (typeof v === 'string' && v ? `\u00a0${v}` : v)));
  return { ...model, frame };
}

describe('shaped words shared across documents', () => {
  it('documents A, B, A in one process: each the bytes of a fresh process', async () => {
    const b = MODELS.nd30;
    const a = withNoBreakSpaces(b);
    const rendered: Buffer[] = [];
    for (const m of [a, b, a]) rendered.push(Buffer.from(await renderPdf(m, PROFILES[m.profile])));
    expect(fontCacheInstalled()).toBe(true);
    const freshA = freshRender(a, 'aba-a');
    const freshB = freshRender(b, 'aba-b');
    // The two fresh documents do differ in their text layer, so the comparison below can fail.
    expect(Buffer.compare(freshA, freshB)).not.toBe(0);
    expect(Buffer.compare(rendered[0]!, freshA)).toBe(0);
    expect(Buffer.compare(rendered[1]!, freshB)).toBe(0);
    expect(Buffer.compare(rendered[2]!, freshA)).toBe(0);
  });
});

describe('shared fonts in the PDF renderer', () => {
  const seeds = seedModels();
  const cases: [string, () => Promise<DocumentModel>][] = [
    ['fixture nd30', async () => MODELS.nd30],
    ['fixture hd36', async () => MODELS.hd36],
    ['seed record Lai Châu (nd30)', async () => (await seeds).find((m) => m.profile === 'nd30')!],
    ['first seed record (hd36)', async () => (await seeds)[0]!],
  ];
  it.each(cases)('%s: same bytes as a fresh process without the cache', async (id, get) => {
    const model = await get();
    // Warm the caches with every other document first, then render this one twice.
    for (const m of [...(await seeds), MODELS.nd30, MODELS.hd36]) await renderPdf(m, PROFILES[m.profile]);
    expect(fontCacheInstalled()).toBe(true);
    const first = await renderPdf(model, PROFILES[model.profile]);
    const shared = await renderPdf(model, PROFILES[model.profile]);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(shared))).toBe(0);

    const fresh = freshRender(model, id);
    expect(fresh.length).toBe(shared.byteLength);
    expect(Buffer.compare(fresh, Buffer.from(shared))).toBe(0);
  });
});
