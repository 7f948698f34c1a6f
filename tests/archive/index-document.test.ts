// The archive's danh mục văn bản as readers get it: entries taken from the frames of the documents
// baocao builds from data/, composed into the index, rendered to PDF (read back with pdftotext) and
// DOCX (its document.xml), with the rows in date-then-number order and partial dates shown honestly.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeArchiveIndex, indexDate, indexNumber, indexProfileFor, type ArchiveIndexEntry } from '../../src/archive/index-document.js';
import { buildDocument } from '../../src/compose/build.js';
import type { Block, DocumentModel } from '../../src/document/model.js';
import { nodeHost } from '../../src/host/host.js';
import { PROFILES } from '../../src/layout/profiles.js';
import { loadRecord } from '../../src/record/index.js';
import { profileIdOf } from '../../src/record/profile.js';
import { renderDocx, renderPdf } from '../../src/render/index.js';
import { TemplateEngine } from '../../src/template/engine.js';
import { docxXml } from '../helpers/docx.js';
import { outDir } from '../helpers/files.js';
import { A4_BODY, collapse, pdfText } from '../helpers/pdf.js';
import { missingTools } from '../helpers/tools.js';

const engine = new TemplateEngine();
/** The archive's year folder of a record: its date's year, or one folder for the undated. */
const yearOf = (date: string | undefined) => (date && /^\d{4}/.test(date) ? date.slice(0, 4) : 'chua-ro-nam');

/** One entry per document every data/ record builds, exactly as 15a's archive fills it from the frames. */
async function realEntries(): Promise<ArchiveIndexEntry[]> {
  const files = readdirSync('data').filter((f) => f.endsWith('.yaml')).sort();
  const entries: ArchiveIndexEntry[] = [];
  for (const f of files) {
    const loaded = await loadRecord(nodeHost, join('data', f));
    if (!loaded.record) continue;
    const profileId = profileIdOf(loaded.record);
    for (const doc of loaded.record.documents ?? []) {
      const built = buildDocument(loaded.record, doc, PROFILES[profileId], engine);
      if (!built.model) continue;
      const fr = built.model.frame;
      entries.push({
        recordId: loaded.id,
        kind: doc.kind,
        profile: profileId,
        docType: fr.docType,
        number: fr.number,
        ...(loaded.record.date ? { date: loaded.record.date } : {}),
        summary: fr.summary.join(' '),
        issuer: fr.issuers.map((i) => i.name).join(' - '),
        files: [`${yearOf(loaded.record.date)}/${loaded.id}/${doc.kind}.pdf`, `${yearOf(loaded.record.date)}/${loaded.id}/${doc.kind}.docx`],
      });
    }
  }
  return entries;
}

const entries = realEntries();

const table = (m: DocumentModel) => m.body.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')!;
const cellText = (cell: readonly { kind: string; text?: string }[]) => cell.map((i) => (i.kind === 'text' ? i.text : ' ')).join('');

const entry = (over: Partial<ArchiveIndexEntry>): ArchiveIndexEntry => ({
  recordId: 'r',
  kind: 'bao-cao',
  profile: 'nd30',
  docType: 'BÁO CÁO',
  number: 'Số:      /BC-UBND',
  summary: 'Sơ kết công tác phối hợp',
  issuer: 'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
  files: ['2023/r/bao-cao.pdf'],
  ...over,
});

describe('the rows', () => {
  it('has one row per document, numbered 1…n, sorted by date and then by the number as a number', async () => {
    const list = await entries;
    expect(list.length).toBeGreaterThan(10);
    const { model, diagnostics } = composeArchiveIndex([...list].reverse(), { year: '2023', profile: PROFILES.nd30, engine });
    expect(diagnostics).toEqual([]);
    const rows = table(model!).rows.map((r) => r.map(cellText));
    expect(rows.length).toBe(list.length);
    expect(rows.map((r) => r[0])).toEqual(list.map((_, i) => String(i + 1)));
    // The same index whatever order the entries came in.
    const again = composeArchiveIndex(list, { year: '2023', profile: PROFILES.nd30, engine });
    expect(again.model).toEqual(model);

    const mixed = [
      entry({ recordId: 'a', number: 'Số: 10/BC-UBND', date: '2023-08-22' }),
      entry({ recordId: 'b', number: 'Số: 9/BC-UBND', date: '2023-08-22' }),
      entry({ recordId: 'c', number: 'Số:      /BC-UBND', date: '2023-08' }),
      entry({ recordId: 'd', number: 'Số: 01/BC-UBND', date: '2023' }),
      entry({ recordId: 'e', number: 'Số: 02/BC-UBND', date: '2023-01-05' }),
      entry({ recordId: 'f', number: 'Số: 03/BC-UBND', date: '--02-20' }),
      entry({ recordId: 'g', number: 'Số: 04/BC-UBND' }),
    ];
    const small = table(composeArchiveIndex(mixed, { year: '2023', profile: PROFILES.nd30, engine }).model!).rows.map((r) => r.map(cellText));
    expect(small.map((r) => [r[1], r[2]])).toEqual([
      ['02/BC-UBND', '05/01/2023'],
      ['9/BC-UBND', '22/8/2023'],
      ['10/BC-UBND', '22/8/2023'],
      ['…/BC-UBND', '…/8/2023'],
      ['01/BC-UBND', 'năm\u00a02023'],
      ['03/BC-UBND', '20/02/…'],
      ['04/BC-UBND', 'chưa rõ'],
    ]);
  });

  it('quotes each document: tên loại with its trích yếu, the issuer, and its files under their folder', () => {
    const { model } = composeArchiveIndex(
      [entry({ files: ['2023/r/bao-cao.pdf', '2023/r/bao-cao.docx'], summary: 'Sơ kết 1 năm thực hiện Quy chế phối hợp' })],
      { year: '2023', profile: PROFILES.nd30, engine },
    );
    const [row] = table(model!).rows;
    expect(cellText(row![3]!)).toBe('Báo cáo sơ kết 1 năm thực hiện Quy chế phối hợp');
    expect(cellText(row![4]!)).toBe('ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN');
    expect(row![5]!.map((i) => (i.kind === 'text' ? i.text : '|'))).toEqual(['2023/r/', '|', 'bao-cao.docx, bao-cao.pdf']);
    const more = composeArchiveIndex(
      [
        entry({ recordId: 'a', issuer: 'BỘ CÔNG AN - BỘ QUỐC PHÒNG' }),
        // A news piece: its docType is its headline, quoted with its names' capitals.
        entry({ recordId: 'b', kind: 'tin-bai', docType: 'Đảng ủy Quân sự tỉnh Điện Biên sơ kết Quy chế', summary: '', issuer: '' }),
      ],
      { year: '2023', profile: PROFILES.nd30, engine },
    ).model!;
    const [joint, news] = table(more).rows;
    expect(joint![4]!.map((i) => (i.kind === 'text' ? i.text : '|'))).toEqual(['BỘ CÔNG AN', '|', 'BỘ QUỐC PHÒNG']);
    expect(cellText(news![3]!)).toBe('Tin bài: Đảng ủy Quân sự tỉnh Điện Biên sơ kết Quy chế');
  });

  it('writes dates and numbers as archive lists do, unknown parts left unknown', () => {
    expect(['2023-08-22', '2026-02-05', '2023-08', '2024', '--02-20', undefined].map(indexDate)).toEqual(['22/8/2023', '05/02/2026', '…/8/2023', 'năm 2024', '20/02/…', 'chưa rõ']);
    expect(['Số: 05/BC-UBND', 'Số 125-BC/ĐU', 'Số:      /BC-UBND', 'Số -BC/ĐUQS'].map(indexNumber)).toEqual(['05/BC-UBND', '125-BC/ĐU', '…/BC-UBND', '…-BC/ĐUQS']);
  });
});

describe('the frame', () => {
  it('is DANH MỤC with the year in the trích yếu, stamped with the year’s last day, in the name of the issuer given, never of one guessed from the rows', async () => {
    const list = await entries;
    const { model } = composeArchiveIndex(list, { year: '2023', profile: PROFILES.nd30, engine });
    expect(model!.frame.docType).toBe('DANH MỤC');
    expect(model!.frame.summary.join(' ')).toMatch(/^Văn bản về các hội nghị sơ kết, tổng kết năm\s2023$/);
    expect(model!.meta.created).toBe('2023-12-31T00:00:00.000Z');
    expect(model!.frame.issuers).toEqual([]);
    expect(model!.frame.number).toBe('');
    // Two bodies of one name (ĐẢNG UỶ QUÂN SỰ TỈNH of two provinces) are not one office: no issuer is guessed.
    const twoProvinces = [entry({ recordId: 'a', issuer: 'ĐẢNG UỶ QUÂN SỰ TỈNH' }), entry({ recordId: 'b', issuer: 'ĐẢNG UỶ QUÂN SỰ TỈNH' })];
    expect(composeArchiveIndex(twoProvinces, { year: '2023', profile: PROFILES.hd36, engine }).model!.frame.issuers).toEqual([]);
    const issuer = { parent: 'Tỉnh ủy Điện Biên', name: 'Đảng ủy Quân sự tỉnh' };
    const owned = composeArchiveIndex(twoProvinces, { year: '2023', profile: PROFILES.hd36, engine, issuer }).model!;
    expect(owned.frame.issuers).toEqual([{ parent: 'TỈNH ỦY ĐIỆN BIÊN', name: 'ĐẢNG ỦY QUÂN SỰ TỈNH' }]);
    expect(owned.meta.author).toBe('Đảng ủy Quân sự tỉnh');
    expect(owned.frame.summary[0]).toMatch(/^văn bản/);
    expect(owned.frame.recipients).toEqual(['Lưu Văn phòng']);
    expect(composeArchiveIndex(twoProvinces, { year: '2026', profile: PROFILES.hd05, engine, issuer }).model!.frame.recipients).toEqual(['Lưu Đảng ủy']);
    expect(composeArchiveIndex(twoProvinces, { year: '2026', profile: PROFILES.hd05, engine }).model!.frame.recipients).toEqual(['Lưu Văn phòng']);
    expect(composeArchiveIndex(twoProvinces, { year: '2023', profile: PROFILES.nd30, engine }).model!.frame.recipients).toEqual(['Lưu: VT']);
    expect(composeArchiveIndex([], { year: 'chua-ro', profile: PROFILES.nd30, engine }).model!.meta.created).toBe('1980-01-01T00:00:00.000Z');
  });

  it('takes the Party layout only when every document is a Party one, the newest Party rule among them', () => {
    expect(indexProfileFor([])).toBe('nd30');
    expect(indexProfileFor([entry({ profile: 'hd36' }), entry({ profile: 'hd36' })])).toBe('hd36');
    expect(indexProfileFor([entry({ profile: 'hd36' }), entry({ profile: 'hd05' })])).toBe('hd05');
    expect(indexProfileFor([entry({ profile: 'hd36' }), entry({ profile: 'nd30' })])).toBe('nd30');
  });

  it('uses a unit’s own template from its templates folder first, and reports a broken one as a diagnostic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-index-tpl-'));
    mkdirSync(join(dir, 'archive'));
    writeFileSync(join(dir, 'archive', 'danh-muc-van-ban.hbs'), '<p>Mẫu riêng: {{count}} văn bản.</p>\n');
    const own = composeArchiveIndex([entry({})], { year: '2023', profile: PROFILES.nd30, engine: new TemplateEngine([dir, ...engine.dirs]) });
    expect(own.model!.body).toEqual([{ kind: 'paragraph', content: [{ kind: 'text', text: 'Mẫu riêng: 1 văn bản./.' }] }]);
    writeFileSync(join(dir, 'archive', 'danh-muc-van-ban.hbs'), '<p>{{nosuchfield}}</p>\n');
    const broken = composeArchiveIndex([entry({})], { year: '2023', profile: PROFILES.nd30, engine: new TemplateEngine([dir, ...engine.dirs]) });
    expect(broken.model).toBeUndefined();
    expect(broken.diagnostics.length).toBeGreaterThan(0);
  });
});

/**
 * Text as compared across a narrow table cell: a cell wraps anywhere (at a hyphen of a file name,
 * at the break opportunities the renderers put into long words), so every space and U+200B goes.
 */
const squeeze = (s: string) => s.normalize('NFC').replace(/[\s\u200B]+/g, '');

const skip = missingTools('pdftotext');
describe.skipIf(skip !== undefined)(`rendered ${skip ?? ''}`, () => {
  for (const id of ['nd30', 'hd36'] as const) {
    it(`${id}: the PDF shows the frame and every cell, row after row, and the same entries give the same bytes`, async () => {
      const list = await entries;
      const profile = PROFILES[id];
      const { model } = composeArchiveIndex(list, { year: '2023', profile, engine });
      const pdf = await renderPdf(model!, profile);
      writeFileSync(join(outDir('test-archive-index'), `danh-muc-${id}.pdf`), pdf);
      const raw = await pdfText(pdf, { raw: true });
      const text = collapse(raw);
      expect(text).toContain('DANH MỤC');
      expect(text).toContain(collapse(model!.frame.summary.join(' ')));
      expect(text).toContain(`Danh mục này gồm ${list.length} văn bản`);
      // Cell by cell in table order: each is found after the one before (the page-number band is
      // cropped away: a number between two rows of a page break is not a cell).
      const body = squeeze(await pdfText(pdf, { raw: true, crop: A4_BODY }));
      let at = 0;
      const t = table(model!);
      for (const [r, row] of [t.header!, ...t.rows].entries()) {
        for (const [c, cell] of row.entries()) {
          const want = squeeze(cellText(cell));
          if (want === '') continue;
          const found = body.indexOf(want, at);
          expect(found, `row ${r}, column ${c}: ${cellText(cell)}`).toBeGreaterThanOrEqual(at);
          at = found + want.length;
        }
      }
      expect(Buffer.from(await renderPdf(composeArchiveIndex([...list].reverse(), { year: '2023', profile, engine }).model!, profile)).equals(Buffer.from(pdf))).toBe(true);
    });
  }

  it('the DOCX holds the table: a header row and one row per document, each cell’s text in its row of document.xml', async () => {
    const list = await entries;
    const { model } = composeArchiveIndex(list, { year: '2023', profile: PROFILES.nd30, engine });
    const xml = docxXml(await renderDocx(model!, PROFILES.nd30));
    const tables = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
    const body = tables.find((t) => t.includes('Tên loại và trích yếu nội dung'));
    expect(body).toBeDefined();
    const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    const rows = [...body!.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map((m) =>
      [...m[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((tc) => squeeze(unescape([...tc[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('')))),
    );
    expect(rows.length).toBe(list.length + 1);
    const t = table(model!);
    expect(rows).toEqual([t.header!, ...t.rows].map((row) => row.map((cell) => squeeze(cellText(cell)))));
  });
});
