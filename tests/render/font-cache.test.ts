// The PDF renderer shares parsed fonts across documents (src/render/pdf/font-cache.ts patches fontkit
// inside pdfkit). This pins that the optimisation changes no byte: a PDF rendered after others in
// this process equals one rendered alone, without the cache, in a fresh process. The seed records
// are rendered first on purpose: "ĐẢNG UỶ" in the Party records and "ỦY BAN" in the Lai Châu one
// share glyphs, which once carried one document's characters into the next one's text layer.
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

    const dir = tempDir();
    const modelFile = join(dir, `font-cache-${id.replace(/\W+/g, '-')}.json`);
    const out = join(dir, `font-cache-${id.replace(/\W+/g, '-')}.pdf`);
    writeFileSync(modelFile, JSON.stringify(model));
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', FRESH, modelFile, out], {
      env: { ...process.env, BAOCAO_NO_FONT_CACHE: '1' },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const fresh = readFileSync(out);
    expect(fresh.length).toBe(shared.byteLength);
    expect(Buffer.compare(fresh, Buffer.from(shared))).toBe(0);
  });
});
