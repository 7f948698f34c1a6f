// The closing paragraph stays with the signature, but a closing paragraph longer than a page must not
// vanish: pdfmake drops an unbreakable block taller than a page without a word.
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/document/model.js';
import { PROFILES } from '../../src/layout/profiles.js';
import { renderPdf } from '../../src/render/index.js';
import { A4_BODY, collapse, pdfInfo, pdfText } from '../helpers/pdf.js';
import { hasTool } from '../helpers/tools.js';
import { MODELS } from './fixtures.js';

const withClosing = (text: string): DocumentModel => ({
  ...MODELS.hd36,
  body: [
    { kind: 'paragraph', content: [{ kind: 'text', text: 'Mở đầu báo cáo.' }] },
    { kind: 'paragraph', content: [{ kind: 'text', text }] },
  ],
});

describe.skipIf(!hasTool('pdftotext'))('the closing paragraph', () => {
  it('longer than a page, it is printed whole (not dropped with the signature)', async () => {
    const long = `${'Các đơn vị tiếp tục quán triệt, triển khai thực hiện nghiêm túc các nhiệm vụ được giao. '.repeat(90)}Câu cuối cùng của báo cáo.`;
    const pdf = await renderPdf(withClosing(long), PROFILES.hd36);
    const text = collapse(await pdfText(pdf, { crop: A4_BODY }));
    expect(text).toContain('Câu cuối cùng của báo cáo');
    expect(text).toContain('Vũ Văn Hà');
  }, 60_000);

  it('short, it stands on the same page as the signer', async () => {
    const model = withClosing('Trên đây là báo cáo sơ kết.');
    const pdf = await renderPdf({ ...model, body: [...MODELS.hd36.body, ...model.body.slice(1)] }, PROFILES.hd36);
    const pages = Number((await pdfInfo(pdf))['Pages']);
    const lastPage = collapse(await pdfText(pdf, { firstPage: pages, lastPage: pages }));
    expect(lastPage).toContain('Trên đây là báo cáo sơ kết');
    expect(lastPage).toContain('Vũ Văn Hà');
  }, 60_000);
});
