// The PDF renderer shares parsed fonts and shaped words across documents (src/render/pdf/font-cache.ts
// patches fontkit inside pdfkit). This pins that the optimisation changes no byte: a PDF rendered
// after others in this process equals one rendered alone, without the cache, in a fresh process.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILES } from '../../src/layout/profiles.js';
import { renderPdf } from '../../src/render/index.js';
import { tempDir } from '../helpers/files.js';
import { fontCacheInstalled } from '../../src/render/pdf/font-cache.js';
import { MODELS } from './fixtures.js';

const FRESH = `
import { readFileSync, writeFileSync } from 'node:fs';
const [modelFile, out] = process.argv.slice(1);
const { renderPdf } = await import('./dist/render/index.js');
const { PROFILES } = await import('./dist/layout/profiles.js');
const model = JSON.parse(readFileSync(modelFile, 'utf8'));
writeFileSync(out, await renderPdf(model, PROFILES[model.profile]));
`;

describe('shared fonts in the PDF renderer', () => {
  it.each(['nd30', 'hd36'] as const)('%s: same bytes as a fresh process without the cache', async (id) => {
    const model = MODELS[id];
    // Warm the caches with the other profile's document first, then render this one twice.
    await renderPdf(MODELS[id === 'nd30' ? 'hd36' : 'nd30'], PROFILES[id === 'nd30' ? 'hd36' : 'nd30']);
    expect(fontCacheInstalled()).toBe(true);
    const first = await renderPdf(model, PROFILES[id]);
    const shared = await renderPdf(model, PROFILES[id]);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(shared))).toBe(0);

    const dir = tempDir();
    const modelFile = join(dir, `font-cache-${id}.json`);
    const out = join(dir, `font-cache-${id}.pdf`);
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
