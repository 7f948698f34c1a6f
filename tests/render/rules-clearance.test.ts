// Issue 9, item 5: the rules under the Tiêu ngữ / Party heading, the issuer and the trích yếu stand
// at least 2 pt below the lowest glyph above them ("p" of "Hạnh phúc", the dot of "Ệ"), in the PDF
// and in LibreOffice's PDF of the DOCX. Measured on the rasterised page (tests/helpers/rules.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILES } from '../../src/layout/profiles.js';
import { renderDocx, renderPdf } from '../../src/render/index.js';
import { convertDocxToPdf } from '../helpers/docx.js';
import { outDir } from '../helpers/files.js';
import { measureRules } from '../helpers/rules.js';
import { missingTools } from '../helpers/tools.js';
import { MODELS } from './fixtures.js';

/** Rules of the frame: ND30 draws three (Tiêu ngữ, issuer, trích yếu), HD 36 one (under the heading). */
const FRAME_RULES = { nd30: 3, hd36: 1 } as const;
/** The frame's rules all lie in the top of page 1 (the body's tables come later). */
const FRAME_BOTTOM = 260;

const skipPdf = missingTools('pdftoppm');
const skipLo = missingTools('soffice', 'pdftoppm');

describe.each(['nd30', 'hd36'] as const)('rules of the %s frame', (id) => {
  const dir = outDir('test-render', 'rules-clearance');

  it.skipIf(skipPdf !== undefined)(`clear the glyphs above by 2 pt or more in the PDF ${skipPdf ?? ''}`, async () => {
    const pdf = join(dir, `${id}.pdf`);
    writeFileSync(pdf, await renderPdf(MODELS[id], PROFILES[id]));
    const rules = await measureRules(pdf, { bottom: FRAME_BOTTOM });
    expect(rules).toHaveLength(FRAME_RULES[id]);
    for (const r of rules) expect(r.clearance, `rule at ${r.top} pt`).toBeGreaterThanOrEqual(2);
  });

  it.skipIf(skipLo !== undefined)(`clear the glyphs above by 2 pt or more in LibreOffice's PDF of the DOCX ${skipLo ?? ''}`, async () => {
    const docx = join(dir, `${id}.docx`);
    writeFileSync(docx, await renderDocx(MODELS[id], PROFILES[id]));
    const rules = await measureRules(await convertDocxToPdf(docx, outDir('test-render', 'rules-clearance', 'libreoffice')), { bottom: FRAME_BOTTOM });
    expect(rules).toHaveLength(FRAME_RULES[id]);
    for (const r of rules) expect(r.clearance, `rule at ${r.top} pt`).toBeGreaterThanOrEqual(2);
  }, 180_000);
});
