// Issue 9, item 5: the number (ô 3) and the place-and-date line (ô 4) share one baseline, within
// 1 pt, in the PDF (pdftotext -bbox) and in LibreOffice's PDF of the DOCX. HD 36's date line once
// stood 6 pt lower: the two cells of the row had different space above.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { faceMetrics } from '../../src/layout/measure.js';
import { PROFILES } from '../../src/layout/profiles.js';
import { renderDocx, renderPdf } from '../../src/render/index.js';
import { convertDocxToPdf } from '../helpers/docx.js';
import { outDir } from '../helpers/files.js';
import { pdfLines, type PdfLine } from '../helpers/pdf-lines.js';
import { missingTools } from '../helpers/tools.js';
import { MODELS } from './fixtures.js';

/**
 * A word's baseline from its box: pdftotext boxes a glyph run from ascent to descent, so the
 * baseline sits the descent's share of the box height above the bottom.
 */
function baseline(word: PdfLine['words'][number]): number {
  const m = faceMetrics();
  return word.yMax - ((word.yMax - word.yMin) * -m.descent) / (m.ascent - m.descent);
}

async function numberAndDate(pdf: string): Promise<{ number: number; date: number }> {
  const lines = await pdfLines(pdf, { firstPage: 1, lastPage: 1 });
  const number = lines.flatMap((l) => l.words).find((w) => /^Số:?$/.test(w.text));
  const date = lines.find((l) => /, ngày /.test(l.text.replace(/\u00A0/g, ' ')))?.words[0];
  expect(number, '"Số" on page 1').toBeDefined();
  expect(date, 'the date line on page 1').toBeDefined();
  return { number: baseline(number!), date: baseline(date!) };
}

const skipPdf = missingTools('pdftotext');
const skipLo = missingTools('soffice', 'pdftotext');

describe.each(['hd36', 'nd30'] as const)('number and date line of %s', (id) => {
  const dir = outDir('test-render', 'header-level');

  it.skipIf(skipPdf !== undefined)(`stand level in the PDF ${skipPdf ?? ''}`, async () => {
    const pdf = join(dir, `${id}.pdf`);
    writeFileSync(pdf, await renderPdf(MODELS[id], PROFILES[id]));
    const { number, date } = await numberAndDate(pdf);
    expect(Math.abs(number - date)).toBeLessThanOrEqual(1);
  });

  it.skipIf(skipLo !== undefined)(`stand level in LibreOffice's PDF of the DOCX ${skipLo ?? ''}`, async () => {
    const docx = join(dir, `${id}.docx`);
    writeFileSync(docx, await renderDocx(MODELS[id], PROFILES[id]));
    const { number, date } = await numberAndDate(await convertDocxToPdf(docx, outDir('test-render', 'header-level', 'libreoffice')));
    expect(Math.abs(number - date)).toBeLessThanOrEqual(1);
  }, 180_000);
});
