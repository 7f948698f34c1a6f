// PDF renderer on the sample models, checked on the real output with poppler and qpdf: text as
// NFC, embedded fonts only, page numbers from page 2, A4, metadata, reproducible bytes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Block, DocumentModel } from '../../src/document/model.js';
import { measureText } from '../../src/layout/measure.js';
import { PROFILES } from '../../src/layout/profiles.js';
import { toPt } from '../../src/layout/units.js';
import { renderPdf } from '../../src/render/index.js';
import { missingFromPdf } from '../helpers/model-text.js';
import { asFile, outDir } from '../helpers/files.js';
import { A4_TOP_BAND, collapse, pdfFonts, pdfInfo, pdfText, pdfToPng, qpdfCheck } from '../helpers/pdf.js';
import { hasTool, missingTools, tool } from '../helpers/tools.js';
import { MODELS } from './fixtures.js';

const ids = ['nd30', 'hd36'] as const;

describe('PDF content rules', () => {
  const withBody = (body: Block[]): DocumentModel => ({ ...MODELS.hd36, body });

  it('reports a block it cannot lay out instead of dropping it silently', async () => {
    const odd = withBody([{ kind: 'figure' } as unknown as Block]);
    const seen: Diagnostic[] = [];
    await renderPdf(odd, PROFILES.hd36, { report: (d) => seen.push(d) });
    expect(seen.map((d) => d.ruleId)).toEqual(['render/unknown-block']);
    await expect(renderPdf(odd, PROFILES.hd36)).rejects.toThrow(/figure/);
  });

  it.skipIf(!hasTool('pdftotext'))('extracts NFD input as NFC', async () => {
    const nfd = 'Tiếp tục lãnh đạo thực hiện tốt nhiệm vụ quân sự, quốc phòng'.normalize('NFD');
    const text = collapse(await pdfText(await renderPdf(withBody([{ kind: 'paragraph', content: [{ kind: 'text', text: nfd }] }]), PROFILES.hd36)));
    expect(text).toContain(nfd.normalize('NFC'));
    expect(text).not.toMatch(/\p{M}/u);
  });
});

describe.skipIf(!hasTool('pdftotext'))('PDF text checks', () => {
  it('find " - " where a line breaks after the dash (plain pdftotext drops such hyphens)', async () => {
    // Prefixes of growing length put the dash at the end of a line in some of the paragraphs.
    const texts = Array.from({ length: 12 }, (_, i) => 'Phối hợp tham mưu kết hợp chặt chẽ giữa phát triển '.slice(0, 20 + 3 * i) + ' kinh tế với quốc phòng - an ninh và phát triển kinh tế - xã hội.');
    const model: DocumentModel = { ...MODELS.nd30, body: texts.map((t) => ({ kind: 'paragraph', content: [{ kind: 'text', text: t }] })) };
    const pdf = await renderPdf(model, PROFILES.nd30);
    expect(await missingFromPdf(pdf, model, PROFILES.nd30)).toEqual([]);
  });
});

describe.skipIf(!hasTool('pdftotext'))('PDF justification', () => {
  it('stretches only the spaces: no gap inside "35/2021/NĐ-CP" nor before a period after italics', async () => {
    const piece = [
      { kind: 'text', text: 'Căn cứ Nghị định số 35/2021/NĐ-CP và ' },
      { kind: 'text', text: 'Nghị quyết số 2468-NQ/QUTW', italic: true },
      { kind: 'text', text: '. ' },
    ] as const;
    const model: DocumentModel = { ...MODELS.nd30, body: [{ kind: 'paragraph', content: Array.from({ length: 8 }, () => piece).flat() }] };
    const tsv = await tool('pdftotext', ['-tsv', asFile(await renderPdf(model, PROFILES.nd30), '.pdf'), '-']);
    const rows = tsv.split('\n').map((r) => r.split('\t'));
    const widths = (word: string): number[] => rows.filter((r) => r[11] === word).map((r) => Number(r[8]));
    // Each word is as wide as its glyphs: nothing was inserted inside it.
    const size = PROFILES.nd30.elements.body.size;
    const number = toPt(measureText('35/2021/NĐ-CP', { size }));
    const code = toPt(measureText('2468-NQ/QUTW', { size, italic: true })) + toPt(measureText('.', { size }));
    // A number may still wrap after "/" at a line end; the ones left whole must be exactly as wide.
    expect(widths('35/2021/NĐ-CP').length).toBeGreaterThanOrEqual(5);
    for (const w of widths('35/2021/NĐ-CP')) expect(w).toBeCloseTo(number, 1);
    expect(widths('2468-NQ/QUTW.').length).toBeGreaterThanOrEqual(5);
    for (const w of widths('2468-NQ/QUTW.')) expect(w).toBeCloseTo(code, 1);
  });
});

describe('PDF metadata', () => {
  it('keeps & < > out of the XMP packet, which pdfkit does not escape', async () => {
    const model = { ...MODELS.nd30, meta: { ...MODELS.nd30.meta, title: 'Hỏi & đáp <1>' } };
    const raw = Buffer.from(await renderPdf(model, PROFILES.nd30)).toString('latin1');
    const xmp = raw.slice(raw.indexOf('<x:xmpmeta'), raw.indexOf('</x:xmpmeta>'));
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#)|<1>/);
  });
});

describe.each(ids)('PDF %s', (id) => {
  const profile = PROFILES[id];
  const model = MODELS[id];
  const rendered = renderPdf(model, profile);

  it('is byte-identical across renders and time zones', async () => {
    const first = Buffer.from(await rendered);
    expect(first.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    const tz = process.env.TZ;
    try {
      for (const zone of ['UTC', 'Asia/Ho_Chi_Minh']) {
        process.env.TZ = zone;
        expect(Buffer.from(await renderPdf(model, profile)).equals(first), zone).toBe(true);
      }
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  const skip = missingTools('pdftotext', 'pdffonts', 'pdfinfo', 'pdftoppm', 'qpdf');
  describe.skipIf(skip !== undefined)(skip ?? 'with poppler and qpdf', () => {
    it('shows every frame string, paragraph, signer and recipient line, NFC byte-exact', async () => {
      expect(await missingFromPdf(await rendered, model, profile)).toEqual([]);
      const text = await pdfText(await rendered);
      expect(text).toBe(text.normalize('NFC'));
      expect(text).not.toMatch(/\p{M}/u);
    });

    it('reports what is missing, by region (the check itself can fail)', async () => {
      const changed = { ...model, frame: { ...model.frame, issuers: model.frame.issuers.map((i) => ({ ...i, name: 'CƠ QUAN KHÁC' })), recipients: [...model.frame.recipients.slice(0, -1), 'Lưu khác'] } };
      expect(await missingFromPdf(await rendered, changed, profile)).toEqual([
        'headerLeft: CƠ QUAN KHÁC',
        `signatureLeft: ${profile.recipients.lead}Lưu khác${profile.recipients.lastEnd}`,
      ]);
    });

    it('embeds every font', async () => {
      const fonts = await pdfFonts(await rendered);
      expect(fonts.length).toBeGreaterThanOrEqual(3);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
      expect(fonts.every((f) => f.name.includes('Tinos'))).toBe(true);
    });

    it('numbers pages from 2, centred in the top margin', async () => {
      const bytes = await rendered;
      const pages = Number((await pdfInfo(bytes))['Pages']);
      expect(pages).toBeGreaterThanOrEqual(3);
      expect(collapse(await pdfText(bytes, { firstPage: 1, lastPage: 1, crop: A4_TOP_BAND }))).toBe('');
      for (let n = 2; n <= pages; n++) {
        expect(collapse(await pdfText(bytes, { firstPage: n, lastPage: n, crop: A4_TOP_BAND }))).toBe(String(n));
      }
    });

    it('renders page 1 and the last page to PNG for a person to look at (out/render-preview/)', async () => {
      const bytes = await rendered;
      const last = Number((await pdfInfo(bytes))['Pages']);
      const dir = outDir('render-preview');
      writeFileSync(join(dir, `${id}.pdf`), bytes);
      const first = await pdfToPng(bytes, dir, `${id}-pdf-first`, { firstPage: 1, lastPage: 1 });
      const end = await pdfToPng(bytes, dir, `${id}-pdf-last`, { firstPage: last, lastPage: last });
      expect(first.length + end.length).toBe(2);
    });

    it('is A4, titled from meta, PDF/A-2b, and passes qpdf --check', async () => {
      const bytes = await rendered;
      const info = await pdfInfo(bytes);
      expect(info['Page size']).toMatch(/^595\.2\d* x 841\.89 pts \(A4\)$/);
      expect(info['Title']).toBe(model.meta.title);
      expect(info['Author']).toBe(model.meta.author);
      expect(info['Metadata Stream']).toBe('yes');
      expect(info['PDF version']).toBe('1.7');
      expect(await qpdfCheck(bytes)).toContain('No syntax or stream encoding errors');
      expect(Buffer.from(bytes).toString('latin1')).toContain('<pdfaid:part>2</pdfaid:part>');
    });
  });
});
