// Every fact a record holds reaches a document: each string value of each record in data/ is found
// (case, tone style, punctuation and spacing folded) in the text of the PDFs built from it, unless
// src/record/unprinted.ts lists its field with a reason. A fact that silently reaches no output fails.
import { readdirSync, readFileSync } from 'node:fs';
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
const records = readdirSync(DATA).filter((f) => f.endsWith('.yaml')).sort();
const skip = missingTools('pdftotext');

describe.skipIf(skip !== undefined)(`every fact of a record is printed ${skip ?? ''}`, () => {
  it.each(records)('%s', async (file) => {
    const engine = new TemplateEngine();
    const out = outDir('test-fact-coverage');
    const result = await buildRecord(nodeHost, join(DATA, file), { outDir: out, formats: ['pdf'], engine });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const pdfs = result.written.filter((w) => w.path.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    // The body crop leaves out the page-number band, whose digits would cut sentences in two.
    const texts = await Promise.all(pdfs.map((p) => pdfText(p.path, { raw: true, crop: A4_BODY })));
    const record = parse(readFileSync(join(DATA, file), 'utf8')) as { abbreviations?: Record<string, string> };
    const haystacks = searchable(texts, record.abbreviations ?? {});
    const missing = strings(record)
      .filter((s) => !unprinted(s.path))
      .filter((s) => !haystacks.some((h) => h.includes(fold(s.text))))
      .map((s) => `${s.path.join('.')}: ${s.text}`);
    expect(missing, missing.join('\n')).toEqual([]);
  });
});
