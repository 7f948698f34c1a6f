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
import { foldTone } from '../../src/typography/index.js';
import { outDir } from '../helpers/files.js';
import { A4_BODY, pdfText } from '../helpers/pdf.js';
import { missingTools } from '../helpers/tools.js';

const DATA = 'data';
const records = readdirSync(DATA).filter((f) => f.endsWith('.yaml')).sort();
const skip = missingTools('pdftotext');

/** Text as compared: NFC, lower case, old tone style, one kind of quote and dash spacing, no final stop. */
export function fold(s: string): string {
  return foldTone(s.normalize('NFC').toLocaleLowerCase('vi'))
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/[“”"«»]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/…/g, '...')
    .replace(/\s*[-–—]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s*([,;:.!?)])/g, '$1')
    // The output puts a space after a comma the record may have run on ("QP,QS" → "QP, QS").
    .replace(/([,;:])\s+/g, '$1')
    .replace(/\(\s*/g, '(')
    .trim()
    .replace(/[.;:,]+$/, '');
}

/** Every string of a parsed record with its path. */
function strings(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}

/**
 * The documents' text, also with every abbreviation's first-use expansion "khu vực phòng thủ (KVPT)"
 * folded back to the short form the record wrote, so a record string holding "KVPT" is found either way.
 */
function searchable(texts: string[], abbreviations: Record<string, string>): string[] {
  const joined = fold(texts.join(' '));
  let contracted = joined;
  for (const [k, v] of Object.entries(abbreviations)) contracted = contracted.split(`${fold(v)} (${fold(k)})`).join(fold(k));
  return [joined, contracted];
}

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
