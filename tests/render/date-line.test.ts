// Issue 9, item 4: the place-and-date line (ô 4) is always one line, also for the longest provincial
// and city names with the longest date, in the PDF and in LibreOffice's rendering of the DOCX. The
// room comes from the profile (a wider right column, then a smaller size where the form allows it).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/document/model.js';
import { measureText } from '../../src/layout/measure.js';
import { PROFILES, textWidth } from '../../src/layout/profiles.js';
import { toPt } from '../../src/layout/units.js';
import { headerFit } from '../../src/render/frame-plan.js';
import { renderDocx, renderPdf } from '../../src/render/index.js';
import { dateLine } from '../../src/typography/index.js';
import { convertDocxToPdf } from '../helpers/docx.js';
import { outDir } from '../helpers/files.js';
import { pdfLines } from '../helpers/pdf-lines.js';
import { missingTools } from '../helpers/tools.js';
import { MODELS } from './fixtures.js';

/** The longest place names of the date line (the decree writes the city's full name), and short ones. */
const PLACES = ['Thành phố Hồ Chí Minh', 'Bà Rịa - Vũng Tàu', 'Thừa Thiên Huế', 'Thủ đô Hà Nội', 'Điện Biên'];
const LONGEST_DATE = '2026-12-28';

const withDate = (id: 'nd30' | 'hd36', place: string): DocumentModel => ({
  ...MODELS[id],
  frame: { ...MODELS[id].frame, dateLine: dateLine(place, LONGEST_DATE) },
});

const flat = (s: string) => s.replace(/[\s\u00A0]+/g, ' ').trim();

describe.each(['nd30', 'hd36'] as const)('date line of %s', (id) => {
  const profile = PROFILES[id];

  it.each(PLACES)('fits one line within what the profile allows: %s', (place) => {
    const model = withDate(id, place);
    const fit = headerFit(model.frame, profile);
    const line = model.frame.dateLine!;
    expect(line).toContain('ngày 28 tháng 12 năm 2026');
    expect(toPt(measureText(line, { ...profile.elements.dateLine, size: fit.dateSize }))).toBeLessThanOrEqual(toPt(fit.widths[1]));
    expect(toPt(fit.widths[1])).toBeLessThanOrEqual(toPt(textWidth(profile)) * profile.dateLineFit.widestRight + 1e-6);
    expect(toPt(fit.dateSize)).toBeGreaterThanOrEqual(toPt(profile.dateLineFit.minSize));
    expect(toPt(fit.dateSize)).toBeLessThanOrEqual(toPt(profile.elements.dateLine.size));
    expect(toPt(fit.widths[0]) + toPt(fit.widths[1])).toBeCloseTo(toPt(textWidth(profile)), 6);
  });

  it('keeps the profile columns and size when the line fits them', () => {
    const fit = headerFit(withDate(id, 'Điện Biên').frame, profile);
    expect(fit.dateSize).toBe(profile.elements.dateLine.size);
    const [a, b] = profile.headerColumns;
    expect(toPt(fit.widths[1])).toBeCloseTo((toPt(textWidth(profile)) * b) / (a + b), 6);
  });

  /** The printed line that holds the date: it must be the whole date line. */
  async function dateLinesIn(pdf: string): Promise<string[]> {
    return (await pdfLines(pdf, { firstPage: 1, lastPage: 1 })).filter((l) => flat(l.text).includes("năm 2026")).map((l) => flat(l.text));
  }

  const skipPdf = missingTools('pdftotext');
  it.skipIf(skipPdf !== undefined).each(PLACES)(`is one line in the PDF: %s ${skipPdf ?? ''}`, async (place) => {
    const model = withDate(id, place);
    const pdf = join(outDir('test-render', 'date-line'), `${id}-${place.replace(/\W+/g, '-')}.pdf`);
    writeFileSync(pdf, await renderPdf(model, profile));
    expect(await dateLinesIn(pdf)).toEqual([flat(model.frame.dateLine!)]);
  });

  const skipLo = missingTools('soffice', 'pdftotext');
  it.skipIf(skipLo !== undefined).each(PLACES.slice(0, 2))(
    `is one line in LibreOffice's rendering of the DOCX: %s ${skipLo ?? ''}`,
    async (place) => {
      const model = withDate(id, place);
      const dir = outDir('test-render', 'date-line', 'libreoffice');
      const docx = join(dir, `${id}-${place.replace(/\W+/g, '-')}.docx`);
      writeFileSync(docx, await renderDocx(model, profile));
      expect(await dateLinesIn(await convertDocxToPdf(docx))).toEqual([flat(model.frame.dateLine!)]);
    },
    180_000,
  );
});
