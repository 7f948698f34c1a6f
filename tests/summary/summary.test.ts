// The annual summary against the records it is made from: table rows, totals, the index of people,
// the chart's numbers, partial dates, left-out records, and the same bytes whatever the file order.
// Expected values are computed from the records here, never written in by hand.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document/model.js';
import { nodeHost } from '../../src/host/host.js';
import { loadRecord } from '../../src/record/index.js';
import type { ConferenceRecord } from '../../src/record/types.generated.js';
import { parseRange, type SummaryRange } from '../../src/summary/range.js';
import { runSummary, type SummaryOptions } from '../../src/summary/run.js';
import { TemplateEngine } from '../../src/template/engine.js';
import { comparePersonNames, personName, shortDate } from '../../src/typography/index.js';
import { tempDir } from '../helpers/files.js';

const DATA = 'data';
const dataFiles = readdirSync(DATA).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(DATA, f));
const range = (year: string): SummaryRange => parseRange({ year }).range!;
const engine = new TemplateEngine();

async function records(files: readonly string[]): Promise<{ file: string; record: ConferenceRecord }[]> {
  const out = [];
  for (const file of files) {
    const r = await loadRecord(nodeHost, file);
    if (r.record) out.push({ file, record: r.record });
  }
  return out;
}

function options(out: string, r: SummaryRange, extra: Partial<SummaryOptions> = {}): SummaryOptions {
  return { range: r, outDir: out, formats: ['docx', 'pdf'], engine, ...extra };
}

// Output text glues dates and numbers with no-break spaces; the expectations are written with plain ones.
const text = (cells: readonly { kind: string; text?: string }[]) => cells.map((c) => c.text ?? ' ').join('').replace(/\u00a0/g, ' ');
const tables = (body: readonly Block[]) => body.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const charts = (body: readonly Block[]) => body.filter((b): b is Extract<Block, { kind: 'chart' }> => b.kind === 'chart');
const tableWith = (body: readonly Block[], firstHeader: string) => tables(body).find((t) => t.header && text(t.header[0]!) === firstHeader)!;

/** A seed record changed for a case, written to a scratch folder. */
function variant(dir: string, name: string, seed: string, edit: (src: string) => string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, edit(readFileSync(seed, 'utf8')));
  return file;
}

describe('summary of data/', () => {
  for (const year of ['2022', '2023']) {
    it(`${year}: one table row per record of the year, in date order, with its organiser and chairs`, async () => {
      const out = join(tempDir(), `summary-${year}`);
      const result = await runSummary(nodeHost, dataFiles, options(out, range(year)));
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const expected = (await records(dataFiles))
        .filter((r) => r.record.date?.startsWith(year))
        .sort((a, b) => a.record.date!.localeCompare(b.record.date!));
      const rows = tableWith(result.model!.body, 'TT').rows;
      expect(rows.map((r) => text(r[0]!))).toEqual(expected.map((_, i) => String(i + 1)));
      expect(rows.map((r) => text(r[1]!))).toEqual(expected.map((r) => shortDate(r.record.date!)));
      for (const [i, r] of expected.entries()) {
        expect(text(rows[i]![2]!)).toContain(r.record.organizers[0]!.parent!.replace('ủy', 'uỷ'));
        const chairs = (r.record.chairs ?? []).map((id) => r.record.people!.find((p) => p.id === id)!).map((p) => personName(p.name, p.rank));
        expect(text(rows[i]![5]!)).toBe(chairs.join('; '));
      }
      expect(result.written.map((w) => w.path)).toEqual([join(out, 'tong-hop', year, 'bao-cao-tong-hop.docx'), join(out, 'tong-hop', year, 'bao-cao-tong-hop.pdf')]);
    });
  }

  it('the month chart holds, for each month, the number of records of that month', async () => {
    const result = await runSummary(nodeHost, dataFiles, options(join(tempDir(), 'summary-chart'), range('2023'), { formats: [] }));
    const chart = charts(result.model!.body).find((c) => c.chart === 'column')!;
    const dated = (await records(dataFiles)).filter((r) => r.record.date?.startsWith('2023'));
    const expected = Array.from({ length: 12 }, (_, m) => dated.filter((r) => Number(r.record.date!.slice(5, 7)) === m + 1).length);
    expect(chart.categories).toEqual(Array.from({ length: 12 }, (_, m) => String(m + 1)));
    expect(chart.values).toEqual(expected);
  });

  it('commendation totals by form and issuer, and the per-organiser chart, add up the records', async () => {
    const r = parseRange({ from: '2022-01', to: '2024-12' }).range!;
    const result = await runSummary(nodeHost, dataFiles, options(join(tempDir(), 'summary-awards'), r, { formats: [] }));
    const all = (await records(dataFiles)).flatMap((x) => x.record.commendations ?? []);
    expect(all.length).toBeGreaterThan(0);
    const table = tableWith(result.model!.body, 'Hình thức');
    // A row whose awards give no number says so instead of a 0.
    const n = (cell: string) => (cell === 'không nêu số' ? 0 : Number(cell));
    const collectives = table.rows.reduce((s, row) => s + n(text(row[2]!)), 0);
    const individuals = table.rows.reduce((s, row) => s + n(text(row[3]!)), 0);
    expect(collectives).toBe(all.reduce((s, c) => s + (c.collectives ?? 0), 0));
    expect(individuals).toBe(all.reduce((s, c) => s + (c.individuals ?? 0), 0));
    const bar = charts(result.model!.body).find((c) => c.chart === 'bar')!;
    expect(bar.values.reduce((a, b) => a + b, 0)).toBe(collectives + individuals);
  });

  it('the index of people: everyone who took part, by given name then family name, with their conferences', async () => {
    const result = await runSummary(nodeHost, dataFiles, options(join(tempDir(), 'summary-index'), range('2023'), { formats: [] }));
    const index = tableWith(result.model!.body, 'Họ và tên').rows;
    const names = index.map((r) => text(r[0]!));
    const bare = result.data!.people.map((p) => p.name);
    expect([...bare].sort(comparePersonNames)).toEqual(bare);
    for (const c of result.data!.conferences) {
      for (const id of c.record.attendees?.people ?? []) {
        const p = c.record.people!.find((x) => x.id === id)!;
        const row = index[names.findIndex((n) => n.endsWith(p.name))]!;
        expect(text(row[1]!).split(', ')).toContain(String(c.no));
      }
    }
  });
});

describe('figures, partial dates and bad records', () => {
  const dir = join(tempDir(), 'summary-cases');
  const seed = 'data/2024-lai-chau-tong-ket-nghi-dinh-21.yaml';
  const a = variant(dir, 'a.yaml', seed, (s) => s);
  const b = variant(dir, 'b.yaml', seed, (s) =>
    s
      .replace(/^date: .*$/m, 'date: "2024-03-05"')
      .replace(/^kind: .*$/m, 'kind: sơ kết')
      .replace('    value: 212\n', '    value: 15\n')
      .replace(/^figures:\n/m, 'figures:\n  - label: Số đại biểu dự\n    value: 120\n    unit: người\n'),
  );
  const undated = variant(dir, 'undated.yaml', seed, (s) => s.replace(/^date: .*$/m, 'date: "--08-22"'));
  const broken = variant(dir, 'broken.yaml', seed, (s) => s.replace(/^place: .*$/m, ''));

  it('sums a figure only where label and unit agree, lists the rest; a year-only date is "chưa rõ ngày"', async () => {
    const result = await runSummary(nodeHost, [a, b, undated], options(join(dir, 'out'), range('2024'), { formats: [] }));
    expect(result.data!.figureSums).toEqual([expect.objectContaining({ unit: 'tỷ đồng', total: 212 + 15, approximate: true })]);
    expect(result.data!.figureList.map((f) => [f.unit, f.value])).toEqual([['người', 120]]);
    const rows = tableWith(result.model!.body, 'TT').rows;
    expect(rows.map((r) => text(r[1]!))).toEqual(['05/3/2024', 'chưa rõ ngày (năm 2024)']);
    const paragraphs = result.model!.body.filter((x) => x.kind === 'paragraph').map((p) => text(p.content as never));
    expect(paragraphs.some((p) => p.includes('1 hồ sơ không rõ năm họp') && p.includes('undated.yaml'))).toBe(true);
  });

  it('a record that fails check is named, left out, and counted in the document', async () => {
    const result = await runSummary(nodeHost, [a, broken], options(join(dir, 'out-broken'), range('2024'), { formats: [] }));
    expect(result.included).toBe(1);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('summary/records-left-out');
    expect(result.diagnostics.some((d) => d.file === broken && d.ruleId === 'schema/required')).toBe(true);
    const paragraphs = result.model!.body.filter((x) => x.kind === 'paragraph').map((p) => text(p.content as never));
    expect(paragraphs.some((p) => p.includes('Có 1 hồ sơ chưa đạt yêu cầu kiểm tra') && p.includes('broken.yaml'))).toBe(true);
  });

  it('a year with no records: a diagnostic, and nothing written', async () => {
    const out = join(dir, 'out-empty');
    const result = await runSummary(nodeHost, dataFiles, options(out, range('2015')));
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['summary/no-records']);
    expect(result.written).toEqual([]);
    expect(existsSync(join(out, 'tong-hop'))).toBe(false);
  });
});

describe('open tasks', () => {
  it('a task set by two conferences is listed once, with both conference numbers', async () => {
    const dir = join(tempDir(), 'summary-tasks');
    const seed = 'data/2023-08-24-ha-giang-so-ket-quy-che-phoi-hop.yaml';
    const first = variant(dir, 'first.yaml', seed, (s) => s);
    const second = variant(dir, 'second.yaml', seed, (s) => s.replace(/^date: .*$/m, 'date: "2023-11-02"').replace(/^id: .*$/m, 'id: second'));
    const tasks = (await records([seed]))[0]!.record.conclusion!.tasks!;
    const result = await runSummary(nodeHost, [second, first], options(join(dir, 'out'), range('2023'), { formats: [] }));
    expect(result.data!.tasks.map((x) => x.text)).toEqual(tasks);
    expect(result.data!.tasks.every((x) => x.conferences.join() === '1,2')).toBe(true);
  });
});

describe('reproducible', () => {
  it('the same records in another file order give byte-identical DOCX and PDF', async () => {
    const r = parseRange({ from: '2022-01', to: '2024-12' }).range!;
    const first = await runSummary(nodeHost, dataFiles, options(join(tempDir(), 'order-1'), r));
    const second = await runSummary(nodeHost, [...dataFiles].reverse(), options(join(tempDir(), 'order-2'), r));
    expect(first.written).toHaveLength(2);
    for (const [i, w] of first.written.entries()) expect(readFileSync(second.written[i]!.path).equals(readFileSync(w.path))).toBe(true);
  });
});
