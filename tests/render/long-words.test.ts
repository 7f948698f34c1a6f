// A word longer than a line is printed whole, broken by character, in both renderers, without the
// renderer's own prefix-by-prefix search (minutes for a 32,000-letter word).
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/document/model.js';
import { PROFILES } from '../../src/layout/profiles.js';
import { renderDocx, renderPdf } from '../../src/render/index.js';
import { BREAK_OPPORTUNITY, breakLongWords, LONG_WORD, WORD_CHUNK } from '../../src/render/long-words.js';
import { docxXml } from '../helpers/docx.js';
import { A4_BODY, collapse, pdfText } from '../helpers/pdf.js';
import { hasTool } from '../helpers/tools.js';
import { MODELS } from './fixtures.js';

const WORD = 'đ'.repeat(20_000);
// A short closing paragraph after it: the last paragraph is kept on one page with the signature,
// and pdfmake drops an unbreakable block taller than a page (a separate problem, not this test's).
const model: DocumentModel = {
  ...MODELS.hd36,
  body: [
    { kind: 'paragraph', content: [{ kind: 'text', text: `Mở đầu ${WORD} kết thúc.` }] },
    { kind: 'paragraph', content: [{ kind: 'text', text: 'Hết.' }] },
  ],
};

describe('long words', () => {
  it('get a break opportunity every chunk, never inside a character, and short words none', () => {
    expect(breakLongWords('a'.repeat(LONG_WORD))).toBe('a'.repeat(LONG_WORD));
    const broken = breakLongWords('x'.repeat(LONG_WORD + 1));
    expect(broken.split(BREAK_OPPORTUNITY).map((p) => p.length)).toEqual([WORD_CHUNK, WORD_CHUNK, WORD_CHUNK, WORD_CHUNK, 1]);
    const astral = breakLongWords('😀'.repeat(LONG_WORD + WORD_CHUNK));
    expect(astral.split(BREAK_OPPORTUNITY).every((p) => p.length === 2 * WORD_CHUNK)).toBe(true);
    const marked = breakLongWords('a\u0301'.repeat(LONG_WORD));
    expect(marked.split(BREAK_OPPORTUNITY).every((p) => !/^\p{M}/u.test(p))).toBe(true);
  });

  it.skipIf(!hasTool('pdftotext'))('PDF prints every letter of a 20,000-letter word', async () => {
    // The body crop leaves out the page numbers that stand between the pages' parts of the word.
    const text = collapse(await pdfText(await renderPdf(model, PROFILES.hd36), { crop: A4_BODY }));
    expect(text.replace(/\s/g, '')).toContain(WORD);
  }, 60_000);

  it('DOCX carries the same break opportunities in the text', async () => {
    const xml = docxXml(await renderDocx(model, PROFILES.hd36));
    const inText = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(inText.replaceAll(BREAK_OPPORTUNITY, '')).toContain(WORD);
    expect(inText.split(BREAK_OPPORTUNITY).length).toBe(Math.ceil(WORD.length / WORD_CHUNK));
  });
});
