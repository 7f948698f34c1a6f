// Issue 9, item 3, on every record in data/: no line of the frame (header table, title block,
// signer) breaks inside a word of the lexicon — read from the real PDF (pdftotext -bbox-layout)
// and from LibreOffice's PDF of the DOCX, which must break where the frame plan broke.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/document/model.js';
import { nodeHost } from '../../src/host/host.js';
import { buildRecord, type RecordResult } from '../../src/pipeline/build-record.js';
import { TemplateEngine } from '../../src/template/engine.js';
import { convertDocxToPdf } from '../helpers/docx.js';
import { tempDir } from '../helpers/files.js';
import { splitWord } from '../helpers/lexicon-breaks.js';
import { linePairs, pdfLines, type PdfLine } from '../helpers/pdf-lines.js';
import { pdfInfo } from '../helpers/pdf.js';
import { missingTools } from '../helpers/tools.js';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const records = readdirSync(DATA).filter((f) => f.endsWith('.yaml')).sort();
const engine = new TemplateEngine();
const outRoot = join(tempDir(), 'frame-breaks');
const built = new Map<string, Promise<RecordResult>>();
const build = (file: string): Promise<RecordResult> => {
  let r = built.get(file);
  if (!r) built.set(file, (r = buildRecord(nodeHost, join(DATA, file), { outDir: outRoot, formats: ['docx', 'pdf'], engine, keepModels: true })));
  return r;
};

const flat = (s: string): string => s.replace(/[\s\u00A0]+/g, ' ').trim();

/**
 * The frame's lines in a PDF: on page 1 everything above the document type, the document type and
 * the trích yếu lines after it (as long as they read the model's trích yếu); on the last page the
 * signer's column from the "Nơi nhận:" line down.
 */
async function frameLines(pdf: string, model: DocumentModel): Promise<PdfLine[]> {
  const first = await pdfLines(pdf, { firstPage: 1, lastPage: 1 });
  const docType = first.findIndex((l) => flat(l.text) === model.frame.docType);
  expect(docType, 'the document type line on page 1').toBeGreaterThanOrEqual(0);
  const header = first.filter((l) => l.yMax <= first[docType]!.yMin + 1);
  const summary = flat(model.frame.summary.join(' '));
  const title: PdfLine[] = [first[docType]!];
  let read = '';
  for (const l of first.slice(docType + 1)) {
    const next = flat(`${read} ${l.text}`);
    if (!summary.startsWith(next)) break;
    title.push(l);
    read = next;
  }
  expect(read, 'the trích yếu read line by line').toBe(summary);
  const pages = Number((await pdfInfo(pdf))['Pages']);
  const last = await pdfLines(pdf, { firstPage: pages, lastPage: pages });
  const label = last.find((l) => flat(l.text).startsWith('Nơi nhận'));
  expect(label, '"Nơi nhận:" on the last page').toBeDefined();
  const signer = last.filter((l) => l.yMin >= label!.yMin - 1 && l.xMin > label!.xMax);
  return [...header, ...title, ...signer];
}

function splits(lines: readonly PdfLine[]): string[] {
  return linePairs(lines).flatMap(([a, b]) => {
    const s = splitWord(a.text, b.text);
    return s ? [`"${a.text}" / "${b.text}": ${s}`] : [];
  });
}

const skipPdf = missingTools('pdftotext', 'pdfinfo');
/** A LibreOffice conversion waits its turn behind the other suites' on a busy machine. */
const LIBREOFFICE_TIMEOUT = 180_000;
const skipLo = missingTools('soffice', 'pdftotext', 'pdfinfo');

describe.each(records)('frame line breaks of %s', (file) => {
  it.skipIf(skipPdf !== undefined)(`the PDF breaks no frame, title or trích yếu line inside a word ${skipPdf ?? ''}`, async () => {
    const r = await build(file);
    const lines = await frameLines(r.written.find((w) => w.path.endsWith('.pdf'))!.path, r.models![0]!);
    expect(lines.length).toBeGreaterThan(4);
    expect(splits(lines)).toEqual([]);
  });

  it.skipIf(skipLo !== undefined)(`LibreOffice's PDF of the DOCX breaks the same lines ${skipLo ?? ''}`, async () => {
    const r = await build(file);
    const model = r.models![0]!;
    const dir = join(outRoot, 'libreoffice', r.id!);
    mkdirSync(dir, { recursive: true });
    const lo = await convertDocxToPdf(r.written.find((w) => w.path.endsWith('.docx'))!.path, dir);
    const loLines = await frameLines(lo, model);
    expect(splits(loLines)).toEqual([]);
    // Same decision in both outputs: the trích yếu and header lines read the same, line by line.
    const ours = await frameLines(r.written.find((w) => w.path.endsWith('.pdf'))!.path, model);
    const texts = (ls: readonly PdfLine[]) => ls.map((l) => flat(l.text)).sort();
    expect(texts(loLines)).toEqual(texts(ours));
  }, LIBREOFFICE_TIMEOUT);
});
