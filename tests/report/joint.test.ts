// A joint conference (two organisers, co-chairs, two signers, a combined review, a date without a
// year) in the real outputs: both issuers stacked in the header, both issuer codes in the symbol, both
// signatures side by side with the lead on the right, the date line left blank where the year is.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeHost } from '../../src/host/host.js';
import { PROFILES } from '../../src/layout/profiles.js';
import { buildRecord } from '../../src/pipeline/build-record.js';
import { TemplateEngine } from '../../src/template/engine.js';
import { convertDocxToPdf, docxXml } from '../helpers/docx.js';
import { outDir } from '../helpers/files.js';
import { missingFromPdf } from '../helpers/model-text.js';
import { collapse, pdfText } from '../helpers/pdf.js';
import { missingTools } from '../helpers/tools.js';
import { readFileSync } from 'node:fs';

const FILE = 'tests/fixtures/records/joint.yaml';
const out = outDir('test-joint');
const built = buildRecord(nodeHost, FILE, { outDir: out, formats: ['docx', 'pdf'], engine: new TemplateEngine(), keepModels: true });

describe('a joint conference', () => {
  it('frames both issuers, both codes, both signers, and a date line blank where the year is unknown', async () => {
    const r = await built;
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['rules/date-partial']);
    const f = r.models![0]!.frame;
    expect(f.issuers).toEqual([{ name: 'BỘ CHỈ HUY QUÂN SỰ TỈNH ĐIỆN BIÊN' }, { name: 'CÔNG AN TỈNH ĐIỆN BIÊN' }]);
    expect(f.number).toBe('Số:      /BC-BCHQS-CAT');
    expect(f.dateLine).toBe('Điện Biên, ngày 18 tháng 8 năm 20…');
    expect(f.signatures.map((s) => [s.position, s.name])).toEqual([
      ['CHỈ HUY TRƯỞNG', 'Đại tá Nguyễn Văn A'],
      ['GIÁM ĐỐC', 'Đại tá Trần Văn B'],
    ]);
    const body = r.models![0]!.body.map((b) => (b.kind === 'paragraph' ? b.content.map((i) => (i.kind === 'text' ? i.text : '')).join('').replace(/\u00a0/g, ' ') : ''));
    expect(body).toContain('Đại tá Nguyễn Văn A, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Đại tá Trần Văn B, Giám đốc Công an tỉnh đồng chủ trì hội nghị.');
    expect(body).toContain('Dự hội nghị có lãnh đạo các phòng, ban của hai cơ quan; tổng số 120 đại biểu.');
  });

  const skip = missingTools('pdftotext');
  it.skipIf(skip !== undefined)(`PDF: every frame string in its column, the lead signing on the right ${skip ?? ''}`, async () => {
    const r = await built;
    const pdf = r.written.find((w) => w.path.endsWith('.pdf'))!.path;
    const model = r.models![0]!;
    expect(await missingFromPdf(pdf, model, PROFILES[model.profile])).toEqual([]);
    const layout = await pdfText(pdf, { layout: true });
    const signLine = layout.split('\n').find((l) => l.includes('Trần Văn B'))!;
    expect(signLine.indexOf('Trần Văn B')).toBeLessThan(signLine.indexOf('Nguyễn Văn A'));
    expect(collapse(await pdfText(pdf))).toContain('ngày 18 tháng 8 năm 20…');
  });

  it('DOCX: the closing table has one column per signer and both names', async () => {
    const r = await built;
    const xml = docxXml(readFileSync(r.written.find((w) => w.path.endsWith('.docx'))!.path));
    const tables = xml.split('<w:tbl>').slice(1);
    const closing = tables.find((t) => t.includes('Nguyễn Văn A'))!;
    expect(closing).toContain('Trần Văn B');
    expect(closing.match(/<w:gridCol /g)).toHaveLength(2);
    expect(tables[0]).toContain('BỘ CHỈ HUY QUÂN');
    expect(tables[0]).toContain('CÔNG AN TỈNH ĐIỆN BIÊN');
  });

  const skipLo = missingTools('soffice', 'pdftotext');
  it.skipIf(skipLo !== undefined)(`LibreOffice opens the DOCX and shows the same frame ${skipLo ?? ''}`, async () => {
    const r = await built;
    const dir = join(out, 'libreoffice');
    mkdirSync(dir, { recursive: true });
    const pdf = await convertDocxToPdf(r.written.find((w) => w.path.endsWith('.docx'))!.path, dir);
    const model = r.models![0]!;
    expect(await missingFromPdf(pdf, model, PROFILES[model.profile])).toEqual([]);
  });
});
