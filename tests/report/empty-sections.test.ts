// No heading stands over nothing: a section the record has no facts for is left out with its heading,
// "Phần thứ nhất" and a speeches section whose speeches have no points included.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document/model.js';
import { nodeHost } from '../../src/host/host.js';
import { buildRecord } from '../../src/pipeline/build-record.js';
import { TemplateEngine } from '../../src/template/engine.js';
import { outDir, tempDir } from '../helpers/files.js';

/** Headings with nothing under them before the next heading of the same or a higher level. */
function emptyHeadings(body: readonly Block[]): string[] {
  return body.flatMap((b, i) => {
    if (b.kind !== 'heading') return [];
    const next = body[i + 1];
    const empty = next === undefined || (next.kind === 'heading' && next.level <= b.level);
    return empty ? [`${b.label ?? ''} ${b.content.map((c) => (c.kind === 'text' ? c.text : '')).join('')}`] : [];
  });
}

async function bodyOf(file: string) {
  const r = await buildRecord(nodeHost, file, { outDir: outDir('test-empty-sections'), formats: [], engine: new TemplateEngine(), keepModels: true });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.models![0]!.body;
}

describe('no empty section', () => {
  it('the check itself finds an empty heading', () => {
    expect(emptyHeadings([{ kind: 'heading', level: 1, label: 'Phần thứ nhất', content: [{ kind: 'text', text: 'X' }] }, { kind: 'heading', level: 1, content: [] }])).toHaveLength(2);
  });

  it.each(readdirSync('data').filter((f) => f.endsWith('.yaml')))('%s', async (f) => {
    expect(emptyHeadings(await bodyOf(join('data', f)))).toEqual([]);
  });

  it('a record whose sections are all empty or pointless prints no heading at all', async () => {
    const src = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8')
      .replace(/conclusion:\n(?:  .*\n)+/, '')
      .concat('speeches:\n  - speaker: nguyen-van-a\n    points: []\nassessment:\n  results: []\nmilestones: []\n');
    const file = join(tempDir(), 'sparse.yaml');
    writeFileSync(file, src);
    const body = await bodyOf(file);
    expect(body.filter((b) => b.kind === 'heading')).toEqual([]);
    expect(body.length).toBeGreaterThan(0);
  });
});
