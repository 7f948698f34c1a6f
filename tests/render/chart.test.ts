// The chart block: parsed from a template's `<table data-chart>`, drawn as vector rectangles in the
// PDF (one filled rectangle per non-zero bar) and as a native chart part in the DOCX.
import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '../../src/document/model.js';
import { PROFILES } from '../../src/layout/profiles.js';
import { renderDocx, renderPdf } from '../../src/render/index.js';
import { parseMarkup } from '../../src/template/markup.js';
import { docxParts, docxXml } from '../helpers/docx.js';
import { asFile } from '../helpers/files.js';
import { missingTools, tool } from '../helpers/tools.js';
import { MODELS } from './fixtures.js';

const MARKUP = `<table data-chart="column" title="Biểu đồ 1. Số hội nghị theo tháng">
<tr><th>Tháng</th><th>Số hội nghị</th></tr>
<tr><td>1</td><td>0</td></tr><tr><td>2</td><td>3</td></tr><tr><td>3</td><td>1.200</td></tr>
</table>`;

describe('<table data-chart> in templates', () => {
  it('becomes a chart block with the table’s labels and numbers (Vietnamese digit grouping)', () => {
    const { blocks, problems } = parseMarkup(MARKUP);
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      { kind: 'chart', chart: 'column', title: 'Biểu đồ 1. Số hội nghị theo tháng', categoryLabel: 'Tháng', valueLabel: 'Số hội nghị', categories: ['1', '2', '3'], values: [0, 3, 1200] },
    ]);
  });

  it('a value that is not a number is reported and the table is kept as a table', () => {
    const { blocks, problems } = parseMarkup(MARKUP.replace('<td>3</td></tr>', '<td>ba</td></tr>'));
    expect(problems.map((p) => [p.kind, p.tag])).toEqual([['misplaced', 'table']]);
    expect(blocks[0]!.kind).toBe('table');
  });

  it('data-widths sets the relative column widths of a plain table', () => {
    const { blocks } = parseMarkup('<table data-widths="1,3"><tr><td>a</td><td>b</td></tr></table>');
    expect(blocks[0]).toMatchObject({ kind: 'table', widths: [1, 3] });
  });
});

const chart = parseMarkup(MARKUP).blocks[0]!;
const withChart = (model: DocumentModel, block: Block): DocumentModel => ({ ...model, body: [...model.body.slice(0, 3), block, ...model.body.slice(3)] });

const skip = missingTools('qpdf');
describe.skipIf(skip !== undefined)(`chart in the PDF ${skip ?? ''}`, () => {
  it('adds one filled rectangle per non-zero value', async () => {
    const profile = PROFILES.hd36;
    const rectangles = async (model: DocumentModel) => {
      const pdf = asFile(await renderPdf(model, profile), '.pdf');
      const qdf = await tool('qpdf', ['--qdf', '--object-streams=disable', pdf, '-']);
      return (qdf.match(/ re\n/g) ?? []).length;
    };
    const bars = (chart as Extract<Block, { kind: 'chart' }>).values.filter((v) => v > 0).length;
    expect((await rectangles(withChart(MODELS.hd36, chart))) - (await rectangles(MODELS.hd36))).toBe(bars);
  });
});

describe('chart in the DOCX', () => {
  it('is a native chart whose series holds the values, with no random relationship ids', async () => {
    const docx = await renderDocx(withChart(MODELS.nd30, chart), PROFILES.nd30);
    expect(docxParts(docx)).toContain('word/charts/chart1.xml');
    const xml = docxXml(docx, 'word/charts/chart1.xml');
    expect([...xml.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1])).toEqual(expect.arrayContaining(['0', '3', '1200', '1', '2']));
    expect(docxXml(docx, 'word/_rels/document.xml.rels')).toContain('Target="charts/chart1.xml"');
    expect(docxXml(docx, 'word/_rels/document.xml.rels')).not.toMatch(/rId[0-9a-z_-]{21}/);
    expect(Buffer.from(await renderDocx(withChart(MODELS.nd30, chart), PROFILES.nd30)).equals(Buffer.from(docx))).toBe(true);
  });
});
