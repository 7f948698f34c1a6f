// The DOCX must open in LibreOffice as the same document: converted to PDF there, its text passes
// the same checks as the PDF renderer's, and page numbering starts on page 2.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILES } from '../../src/layout/profiles.js';
import { renderDocx } from '../../src/render/index.js';
import { convertDocxToPdf } from '../helpers/docx.js';
import { outDir } from '../helpers/files.js';
import { missingFromPdf } from '../helpers/model-text.js';
import { A4_TOP_BAND, collapse, pdfFonts, pdfInfo, pdfText, pdfToPng } from '../helpers/pdf.js';
import { missingTools } from '../helpers/tools.js';
import { MODELS } from './fixtures.js';

/** Whichever test runs first waits for the conversion (LibreOffice's cold start on a busy machine). */
const CONVERSION_TIMEOUT = 240_000;

const skip = missingTools('soffice', 'pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm');

describe.skipIf(skip !== undefined).each(['nd30', 'hd36'] as const)(`DOCX in LibreOffice %s ${skip ?? ''}`, (id) => {
  const profile = PROFILES[id];
  const model = MODELS[id];
  // Started by the first test that needs it, never at collection time: describe bodies run even
  // when the suite is skipped, and an eager conversion without soffice was an unhandled rejection.
  let conversion: Promise<string> | undefined;
  const converted = (): Promise<string> =>
    (conversion ??= (async () => {
      const dir = outDir('test-render', 'libreoffice');
      const docx = join(dir, `${id}.docx`);
      writeFileSync(docx, await renderDocx(model, profile));
      return convertDocxToPdf(docx);
    })());

  it('shows every frame string, paragraph, signer and recipient line, NFC byte-exact', async () => {
    expect(await missingFromPdf(await converted(), model, profile)).toEqual([]);
  }, CONVERSION_TIMEOUT);

  it('is A4 with embedded fonts, no number on page 1 and "2" atop page 2', async () => {
    const pdf = await converted();
    const info = await pdfInfo(pdf);
    expect(info['Page size']).toMatch(/^595\.\d+ x 841\.89 pts \(A4\)$/);
    expect(Number(info['Pages'])).toBeGreaterThanOrEqual(3);
    expect((await pdfFonts(pdf)).filter((f) => !f.embedded)).toEqual([]);
    expect(collapse(await pdfText(pdf, { firstPage: 1, lastPage: 1, crop: A4_TOP_BAND }))).toBe('');
    expect(collapse(await pdfText(pdf, { firstPage: 2, lastPage: 2, crop: A4_TOP_BAND }))).toBe('2');
  }, CONVERSION_TIMEOUT);

  it('renders page 1 and the last page to PNG for a person to look at (out/render-preview/)', async () => {
    const pdf = await converted();
    const last = Number((await pdfInfo(pdf))['Pages']);
    const dir = outDir('render-preview');
    const first = await pdfToPng(pdf, dir, `${id}-docx-lo-first`, { firstPage: 1, lastPage: 1 });
    const end = await pdfToPng(pdf, dir, `${id}-docx-lo-last`, { firstPage: last, lastPage: last });
    expect(first.length + end.length).toBe(2);
  }, CONVERSION_TIMEOUT);
});
