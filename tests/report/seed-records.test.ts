// Issue 3's proof on the real records: each seed conference in data/ goes through the whole pipeline
// (load → validate → template → model → DOCX + PDF), and the files are checked as a reader would:
// text extracted from the PDF, the DOCX's XML, and the DOCX opened in LibreOffice.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nodeHost } from '../../src/host/host.js';
import { PROFILES } from '../../src/layout/profiles.js';
import { toTwip } from '../../src/layout/units.js';
import { buildRecord, type RecordResult } from '../../src/pipeline/build-record.js';
import { TemplateEngine } from '../../src/template/engine.js';
import { convertDocxToPdf, docxXml } from '../helpers/docx.js';
import { tempDir } from '../helpers/files.js';
import { missingFromPdf } from '../helpers/model-text.js';
import { A4_TOP_BAND, collapse, pdfFonts, pdfInfo, pdfText } from '../helpers/pdf.js';
import { missingTools } from '../helpers/tools.js';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const records = readdirSync(DATA).filter((f) => f.endsWith('.yaml')).sort();
const engine = new TemplateEngine();
const outRoot = join(tempDir(), 'seed-out');
const built = new Map<string, Promise<RecordResult>>();
function build(file: string): Promise<RecordResult> {
  let r = built.get(file);
  if (!r) {
    r = buildRecord(nodeHost, join(DATA, file), { outDir: outRoot, formats: ['docx', 'pdf'], engine, keepModels: true });
    built.set(file, r);
  }
  return r;
}

/** What the frame of each seed document must read, stated by hand from the articles and the spec. */
const EXPECTED_FRAME: Record<string, { heading: string; issuers: string[]; number: string; dateLine: string; docType: string }> = {
  '2023-08-22-dien-bien-so-ket-quy-che-phoi-hop.yaml': {
    heading: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    issuers: ['ĐẢNG UỶ QUÂN SỰ TỈNH'],
    number: 'Số      -BC/ĐUQS',
    dateLine: 'Điện Biên, ngày 22 tháng 8 năm 2023',
    docType: 'BÁO CÁO',
  },
  '2022-10-14-dien-bien-tong-ket-nghi-quyet-tw8.yaml': {
    heading: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    issuers: ['ĐẢNG UỶ QUÂN SỰ TỈNH'],
    number: 'Số      -BC/ĐUQS',
    dateLine: 'Điện Biên, ngày 14 tháng 10 năm 2022',
    docType: 'BÁO CÁO',
  },
  '2022-09-08-dong-nai-tong-ket-quy-che-phoi-hop.yaml': {
    heading: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    issuers: ['ĐẢNG UỶ QUÂN SỰ TỈNH'],
    number: 'Số      -BC/ĐUQS',
    dateLine: 'Đồng Nai, ngày 08 tháng 9 năm 2022',
    docType: 'BÁO CÁO',
  },
  '2023-08-24-ha-giang-so-ket-quy-che-phoi-hop.yaml': {
    heading: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    issuers: ['ĐẢNG UỶ QUÂN SỰ TỈNH'],
    number: 'Số      -BC/ĐUQS',
    dateLine: 'Hà Giang, ngày 24 tháng 8 năm 2023',
    docType: 'BÁO CÁO',
  },
  '2024-lai-chau-tong-ket-nghi-dinh-21.yaml': {
    heading: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    issuers: ['ỦY BAN NHÂN DÂN TỈNH LAI CHÂU'],
    number: 'Số:      /BC-UBND',
    dateLine: 'Lai Châu, ngày     tháng     năm 2024',
    docType: 'BÁO CÁO',
  },
  '2010-12-23-binh-dinh-hoi-nghi-dang-uy-quan-su-lan-thu-3.yaml': {
    heading: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    issuers: ['ĐẢNG UỶ QUÂN SỰ TỈNH'],
    number: 'Số      -BC/ĐUQS',
    dateLine: 'Bình Định, ngày 23 tháng 12 năm 2010',
    docType: 'BÁO CÁO',
  },
  '2017-12-01-gia-lai-hoi-nghi-ban-chap-hanh-lan-thu-11.yaml': {
    heading: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    issuers: ['TỈNH UỶ GIA LAI'],
    number: 'Số      -BC/TU',
    dateLine: 'Gia Lai, ngày 01 tháng 12 năm 2017',
    docType: 'BÁO CÁO',
  },
  // Joint: both Party committees stacked, both codes in the symbol.
  '2019-06-11-quang-ninh-so-ket-ky-ket-phoi-hop-quan-su-than.yaml': {
    heading: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    issuers: ['ĐẢNG UỶ QUÂN SỰ TỈNH', 'ĐẢNG UỶ THAN QUẢNG NINH'],
    number: 'Số      -BC/ĐUQS-ĐU',
    dateLine: 'Quảng Ninh, ngày 11 tháng 6 năm 2019',
    docType: 'BÁO CÁO',
  },
  '2020-07-31-ha-noi-so-ket-nghi-dinh-03-bo-cong-an-bo-quoc-phong.yaml': {
    heading: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    issuers: ['BỘ CÔNG AN', 'BỘ QUỐC PHÒNG'],
    number: 'Số:      /BC-BCA-BQP',
    dateLine: 'Hà Nội, ngày 31 tháng 7 năm 2020',
    docType: 'BÁO CÁO',
  },
  '2025-10-09-nghe-an-ky-ket-quy-che-phoi-hop-phong-thu-khu-vuc-1.yaml': {
    heading: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    // The spaced hyphen is glued with non-breaking spaces: no line starts with "- ".
    issuers: ['ĐẢNG UỶ BAN CHỈ HUY PHÒNG THỦ KHU VỰC 1\u00a0-\u00a0VẠN AN'],
    number: 'Số      -BC/ĐU',
    dateLine: 'Nghệ An, ngày 09 tháng 10 năm 2025',
    docType: 'BÁO CÁO',
  },
  // Day and month without a year: the year is left for the signer to fill in.
  'xxxx-02-20-quan-khu-5-tong-ket-so-ket-nghi-quyet.yaml': {
    heading: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    issuers: ['QUÂN KHU 5'],
    number: 'Số:      /BC-QK5',
    dateLine: 'Đà Nẵng, ngày 20 tháng 02 năm 20…',
    docType: 'BÁO CÁO',
  },
  // No date at all.
  'xxxx-di-an-ky-ket-quy-che-phoi-hop.yaml': {
    heading: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    issuers: ['ĐẢNG UỶ BAN CHỈ HUY QUÂN SỰ THÀNH PHỐ DĨ AN'],
    number: 'Số      -BC/ĐU',
    dateLine: 'Dĩ An, ngày     tháng     năm 20…',
    docType: 'BÁO CÁO',
  },
};

const skipPdf = missingTools('pdftotext', 'pdffonts', 'pdfinfo');
const skipLo = missingTools('soffice', 'pdftotext');

describe.each(records)('seed record %s', (file) => {
  it('builds without errors into <kind>.docx and <kind>.pdf for each document it asks for, in the profile the record implies', async () => {
    const r = await build(file);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const kinds = (parse(readFileSync(join(DATA, file), 'utf8')) as { documents: { kind: string }[] }).documents.map((d) => d.kind);
    expect(kinds[0]).toBe('bao-cao');
    const expected = kinds.flatMap((k) => [`${r.id}/${k}.docx`, `${r.id}/${k}.pdf`]).sort();
    expect(r.written.map((w) => w.path.split('/').slice(-2).join('/')).sort()).toEqual(expected);
    const model = r.models![0]!;
    const record = readFileSync(join(DATA, file), 'utf8');
    // No seed names a profile: the lead organiser's system decides (Party → hd36 before HD 05).
    expect(record).toContain(`system: ${model.profile === 'nd30' ? 'nhà nước' : 'đảng'}`);
  });

  it('frames the document as the spec and the record say', async () => {
    const expected = EXPECTED_FRAME[file];
    expect(expected, `state the expected frame of ${file} in EXPECTED_FRAME`).toBeDefined();
    const f = (await build(file)).models![0]!.frame;
    expect(f.heading[0]).toBe(expected!.heading);
    expect(f.issuers.map((i) => i.name)).toEqual(expected!.issuers);
    expect(f.number).toBe(expected!.number);
    expect(f.dateLine).toBe(expected!.dateLine);
    expect(f.docType).toBe(expected!.docType);
  });

  it.skipIf(skipPdf !== undefined)(`PDF shows every frame string, paragraph, signer and recipient, NFC byte-exact ${skipPdf ?? ''}`, async () => {
    const r = await build(file);
    const model = r.models![0]!;
    const pdf = r.written.find((w) => w.path.endsWith('.pdf'))!.path;
    const misses = await missingFromPdf(pdf, model, PROFILES[model.profile]);
    expect(misses, misses.join('\n')).toEqual([]);
    const text = collapse(await pdfText(pdf));
    expect(text.normalize('NFC')).toBe(text);
    // The ND30 date line: day < 10 and months 1–2 zero-padded, months 3–12 never.
    expect(model.frame.dateLine).toMatch(/^[^,]+, ngày (\d{2}|\s+) tháng (0[12]|[3-9]|1[0-2]|\s+) năm (\d{4}|20…)$/);
    expect((await pdfFonts(pdf)).filter((x) => !x.embedded)).toEqual([]);
    // Page 1 carries no number; page 2, where there is one, carries "2".
    const pages = Number((await pdfInfo(pdf))['Pages']);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(collapse(await pdfText(pdf, { firstPage: 1, lastPage: 1, crop: A4_TOP_BAND }))).toBe('');
    if (pages > 1) expect(collapse(await pdfText(pdf, { firstPage: 2, lastPage: 2, crop: A4_TOP_BAND }))).toBe('2');
  });

  it('DOCX has A4, the profile margins, a different first page and named paragraph styles', async () => {
    const r = await build(file);
    const profile = PROFILES[r.models![0]!.profile];
    const docx = readFileSync(r.written.find((w) => w.path.endsWith('.docx'))!.path);
    const xml = docxXml(docx);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"[ />]/);
    const m = profile.page.margin;
    const pgMar = /<w:pgMar [^>]*\/>/.exec(xml)?.[0] ?? '';
    for (const [k, v] of Object.entries({ top: m.top, bottom: m.bottom, left: m.left, right: m.right })) expect(pgMar).toContain(`w:${k}="${toTwip(v)}"`);
    expect(xml).toContain('<w:titlePg/>');
    const paragraphs = xml.match(/<w:p>|<w:p [^>]*>/g) ?? [];
    const styled = xml.match(/<w:pStyle w:val="[^"]+"\/>/g) ?? [];
    expect(styled.length).toBeGreaterThan(paragraphs.length * 0.8);
    expect(docxXml(docx, 'word/styles.xml')).toContain('Times New Roman');
  });

  it.skipIf(skipLo !== undefined)(`opens in LibreOffice and its PDF passes the same text checks ${skipLo ?? ''}`, async () => {
    const r = await build(file);
    const model = r.models![0]!;
    // Into a folder of its own: LibreOffice names its PDF after the DOCX, which would replace ours.
    const loDir = join(outRoot, 'libreoffice', r.id!);
    mkdirSync(loDir, { recursive: true });
    const pdf = await convertDocxToPdf(r.written.find((w) => w.path.endsWith('.docx'))!.path, loDir);
    const misses = await missingFromPdf(pdf, model, PROFILES[model.profile]);
    expect(misses, misses.join('\n')).toEqual([]);
    expect(collapse(await pdfText(pdf, { firstPage: 1, lastPage: 1, crop: A4_TOP_BAND }))).toBe('');
    if (Number((await pdfInfo(pdf))['Pages']) > 1) expect(collapse(await pdfText(pdf, { firstPage: 2, lastPage: 2, crop: A4_TOP_BAND }))).toBe('2');
  });
});
