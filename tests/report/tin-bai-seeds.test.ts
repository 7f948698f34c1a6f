// A tin bài written from a seed record holds every fact of the seed article that the record holds:
// each string of the record (outside the fields listed as never printed) that the article states is
// found in the tin bài's PDF text. The seed article is read from ../shared/seeds, named in the
// record's first comment lines; the test lists the facts the article and the tin bài share.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nodeHost } from '../../src/host/host.js';
import { buildRecord } from '../../src/pipeline/build-record.js';
import { unprinted } from '../../src/record/unprinted.js';
import { TemplateEngine } from '../../src/template/engine.js';
import { outDir } from '../helpers/files.js';
import { fold, searchable, strings } from '../helpers/fold.js';
import { A4_BODY, pdfText } from '../helpers/pdf.js';
import { missingTools } from '../helpers/tools.js';

const DATA = 'data';
const SEEDS = join('..', 'shared', 'seeds');
const SEED_NAME = /\b(\d{3}_[0-9a-f]{16})\.txt\b/;

/** Records whose comments name the seed article they transcribe. */
const records = readdirSync(DATA)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((file) => ({ file, seed: SEED_NAME.exec(readFileSync(join(DATA, file), 'utf8'))?.[1] }))
  .filter((r): r is { file: string; seed: string } => r.seed !== undefined);

const skip = missingTools('pdftotext') ?? (existsSync(SEEDS) ? undefined : `skipped: ${SEEDS} not found`);

describe.skipIf(skip !== undefined)(`tin bài of each seed record against its article ${skip ?? ''}`, () => {
  it('some records name their seed article', () => {
    expect(records.length).toBeGreaterThanOrEqual(5);
  });

  it.each(records)('$file ← $seed', async ({ file, seed }) => {
    const out = outDir('test-tin-bai-seeds');
    const result = await buildRecord(nodeHost, join(DATA, file), { outDir: out, formats: ['pdf'], engine: new TemplateEngine(), kinds: new Set(['tin-bai']) });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const pdf = result.written.find((w) => w.path.endsWith('/tin-bai.pdf'));
    expect(pdf, 'the record asks for a tin bài').toBeDefined();
    const record = parse(readFileSync(join(DATA, file), 'utf8')) as { abbreviations?: Record<string, string> };
    const article = searchable([readFileSync(join(SEEDS, `${seed}.txt`), 'utf8')], record.abbreviations ?? {});
    const tin = searchable([await pdfText(pdf!.path, { raw: true, crop: A4_BODY })], record.abbreviations ?? {});
    const facts = strings(record)
      .filter((s) => !unprinted(s.path) && s.path[0] !== 'documents')
      .filter((s) => article.some((h) => h.includes(fold(s.text))));
    // The articles state many of the record's facts word for word; the list must not be trivially empty.
    expect(facts.length).toBeGreaterThan(3);
    const missing = facts.filter((s) => !tin.some((h) => h.includes(fold(s.text)))).map((s) => `${s.path.join('.')}: ${s.text}`);
    expect(missing, missing.join('\n')).toEqual([]);
  });
});
