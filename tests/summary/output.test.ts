// The summary as readers get it: the PDF's text (pdftotext), the DOCX as LibreOffice opens it, the
// native chart part of the DOCX, and the CLI's exit codes. Expected strings come from the model.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document/model.js';
import { nodeHost } from '../../src/host/host.js';
import { parseRange } from '../../src/summary/range.js';
import { runSummary } from '../../src/summary/run.js';
import { TemplateEngine } from '../../src/template/engine.js';
import { convertDocxToPdf, docxParts, docxXml } from '../helpers/docx.js';
import { outDir, tempDir } from '../helpers/files.js';
import { collapse, pdfText } from '../helpers/pdf.js';
import { missingTools, tool } from '../helpers/tools.js';
import { readFileSync, readdirSync } from 'node:fs';

const dataFiles = readdirSync('data').filter((f) => f.endsWith('.yaml')).sort().map((f) => join('data', f));
const built = (async () => {
  const range = parseRange({ from: '2022-01', to: '2024-12' }).range!;
  return runSummary(nodeHost, dataFiles, { range, outDir: outDir('test-summary'), formats: ['docx', 'pdf'], engine: new TemplateEngine() });
})();
const cellTexts = (body: readonly Block[]) =>
  body.flatMap((b) => (b.kind === 'table' ? b.rows.flat().map((c) => collapse(c.map((i) => (i.kind === 'text' ? i.text : ' ')).join(''))) : [])).filter((s) => s !== '');
const charts = (body: readonly Block[]) => body.filter((b): b is Extract<Block, { kind: 'chart' }> => b.kind === 'chart');

describe('the native DOCX chart', () => {
  it('is a chart part holding the chart numbers, with stable ids', async () => {
    const r = await built;
    const docx = readFileSync(r.written.find((w) => w.path.endsWith('.docx'))!.path);
    expect(docxParts(docx)).toContain('word/charts/chart1.xml');
    const chart = docxXml(docx, 'word/charts/chart1.xml');
    const month = charts(r.model!.body).find((c) => c.chart === 'column')!;
    const values = [...chart.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
    for (const v of month.values) expect(values).toContain(String(v));
    expect(docxXml(docx, 'word/_rels/document.xml.rels')).not.toMatch(/rId[0-9a-z_-]{21}/);
  });
});

const skip = missingTools('pdftotext', 'soffice');
describe.skipIf(skip !== undefined)(`summary text ${skip ?? ''}`, () => {
  it('the PDF shows every table cell, the chart titles, and each month with its count', async () => {
    const r = await built;
    const text = collapse(await pdfText(r.written.find((w) => w.path.endsWith('.pdf'))!.path, { raw: true }));
    const missing = cellTexts(r.model!.body).filter((s) => !text.includes(s));
    expect(missing).toEqual([]);
    for (const c of charts(r.model!.body)) {
      expect(text).toContain(collapse(c.title));
      for (const [i, label] of c.categories.entries()) expect(text).toContain(collapse(label)), expect(text).toContain(String(c.values[i]));
    }
  });

  it('LibreOffice opens the DOCX: the tables and the chart (title, categories, values) come out as text', async () => {
    const r = await built;
    const pdf = await convertDocxToPdf(r.written.find((w) => w.path.endsWith('.docx'))!.path, tempDir());
    const text = collapse(await pdfText(pdf));
    const missing = cellTexts(r.model!.body).filter((s) => !text.includes(s.split(' ')[0]!));
    expect(missing).toEqual([]);
    for (const c of charts(r.model!.body)) expect(text).toContain(collapse(c.title));
    // LibreOffice draws each chart's axis labels and value labels as text; read as laid out on the
    // page, every category and every value of a chart stands between its title and the next chart's.
    const laidOut = collapse(await tool('pdftotext', ['-layout', pdf, '-']));
    const all = charts(r.model!.body);
    for (const [i, c] of all.entries()) {
      const start = laidOut.indexOf(c.title) + c.title.length;
      const next = all[i + 1] ? laidOut.indexOf(all[i + 1]!.title) : laidOut.length;
      const tokens = laidOut.slice(start, next).split(' ');
      for (const label of c.categories.filter((l) => /^\d+$/.test(l))) expect(tokens).toContain(label);
      for (const v of c.values) expect(tokens).toContain(String(v));
    }
  });
});

describe('baocao summary (built CLI)', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/cli/main.js', 'summary', ...args], { encoding: 'utf8' });

  it('--year 2023 builds from data/ and exits 0', () => {
    const out = join(tempDir(), 'cli-2023');
    const r = cli('--year', '2023', '--out', out);
    expect(r.status).toBe(0);
    expect(existsSync(join(out, 'tong-hop', '2023', 'bao-cao-tong-hop.pdf'))).toBe(true);
    expect(existsSync(join(out, 'tong-hop', '2023', 'bao-cao-tong-hop.docx'))).toBe(true);
  });

  it('a year with no records: a Vietnamese message, exit 1, nothing written', () => {
    const out = join(tempDir(), 'cli-empty');
    const r = cli('--year', '1999', '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Không có hồ sơ hội nghị nào năm 1999');
    expect(r.stderr).toContain('[summary/no-records]');
    expect(existsSync(out)).toBe(false);
  });

  it('no period is bad usage: exit 2', () => {
    expect(cli().status).toBe(2);
  });
});
