// Issue 9, item 3 (body): a date or a number range never splits across lines. The output typography
// glues them with no-break spaces; both renderers must honour that — checked on the PDF's lines and
// on LibreOffice's lines of the DOCX, over paragraphs that put the date at every place of a line.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '../../src/document/model.js';
import { PROFILES } from '../../src/layout/profiles.js';
import { renderDocx, renderPdf } from '../../src/render/index.js';
import { addNbsp } from '../../src/typography/index.js';
import { convertDocxToPdf } from '../helpers/docx.js';
import { outDir } from '../helpers/files.js';
import { pdfText } from '../helpers/pdf.js';
import { missingTools } from '../helpers/tools.js';
import { MODELS } from './fixtures.js';

const DATE = 'ngày 28 tháng 12 năm 2026';
const RANGE = '2024 - 2029';
const FILLER = 'Đảng uỷ Quân sự tỉnh đã lãnh đạo, chỉ đạo xây dựng khu vực phòng thủ vững chắc và'.split(' ');

/** Paragraph k: k filler words, then the date and the range, so they fall at every place of a line. */
const paragraphs = Array.from({ length: 36 }, (_, k) => {
  const lead = Array.from({ length: k }, (_, i) => FILLER[i % FILLER.length]).join(' ');
  return addNbsp(`${lead} họp ${DATE} tổng kết giai đoạn ${RANGE} của tỉnh.`.trim());
});

const model: DocumentModel = {
  ...MODELS.hd36,
  body: paragraphs.map((text): Block => ({ kind: 'paragraph', content: [{ kind: 'text', text }] })),
};

const flat = (s: string) => s.replace(/[\s\u00A0]+/g, ' ').trim();

/**
 * How many printed lines hold the whole `needle`. Read with `pdftotext -raw` (lines as drawn):
 * the layout modes may cut a justified line at a wide space and report it as two.
 */
async function wholeOnALine(pdf: string, needle: string): Promise<number> {
  return (await pdfText(pdf, { raw: true })).split('\n').filter((l) => flat(l).includes(needle)).length;
}

const skipPdf = missingTools('pdftotext');
const skipLo = missingTools('soffice', 'pdftotext');

describe('a date or a number range in body text', () => {
  it('is glued by the output typography', () => {
    expect(paragraphs[0]).toContain('ngày\u00A028\u00A0tháng\u00A012\u00A0năm\u00A02026');
    expect(paragraphs[0]).toContain('2024\u00A0-\u00A02029');
  });

  it.skipIf(skipPdf !== undefined)(`stays on one line in the PDF ${skipPdf ?? ''}`, async () => {
    const pdf = join(outDir('test-render', 'body-nowrap'), 'hd36.pdf');
    writeFileSync(pdf, await renderPdf(model, PROFILES.hd36));
    expect(await wholeOnALine(pdf, DATE)).toBe(paragraphs.length);
    expect(await wholeOnALine(pdf, RANGE)).toBe(paragraphs.length);
  });

  it.skipIf(skipLo !== undefined)(`stays on one line in LibreOffice's rendering of the DOCX ${skipLo ?? ''}`, async () => {
    const docx = join(outDir('test-render', 'body-nowrap'), 'hd36.docx');
    writeFileSync(docx, await renderDocx(model, PROFILES.hd36));
    // Into a folder of its own: LibreOffice names its PDF after the DOCX, which would replace ours.
    const pdf = await convertDocxToPdf(docx, outDir('test-render', 'body-nowrap', 'libreoffice'));
    expect(await wholeOnALine(pdf, DATE)).toBe(paragraphs.length);
    expect(await wholeOnALine(pdf, RANGE)).toBe(paragraphs.length);
  }, 180_000);
});
