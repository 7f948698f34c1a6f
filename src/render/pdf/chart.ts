// A chart block in pdfmake: bars drawn as canvas rectangles (vector, sharp at any zoom), every
// label and value set as text in a borderless table, so the chart's numbers extract with pdftotext
// like the rest of the page. Column charts stand one table column per category; bar charts one row.
import type { Content, CustomTableLayout } from 'pdfmake/interfaces.js';
import type { Block } from '../../document/model.js';
import { textWidth, type LayoutProfile } from '../../layout/profiles.js';
import { pt, toPt } from '../../layout/units.js';
import { numberFormat } from '../../typography/index.js';
import { nfc } from '../common.js';
import { styled } from './styles.js';

type Chart = Extract<Block, { kind: 'chart' }>;

/** No rules but the baseline the bars stand on (column) or start from (bar); a little padding. */
function chartLayout(profile: LayoutProfile, baseline: (i: number, j: number) => boolean): CustomTableLayout {
  const line = toPt(profile.table.border);
  return {
    hLineWidth: (i) => (baseline(i, -1) ? line : 0),
    vLineWidth: (i) => (baseline(-1, i) ? line : 0),
    paddingLeft: () => 1,
    paddingRight: () => 1,
    paddingTop: () => 1,
    paddingBottom: () => 1,
  };
}

/** A filled bar; a zero value draws nothing (an empty rectangle would still be a path in the file). */
const bar = (w: number, h: number, color: string): Content =>
  w > 0 && h > 0 ? { canvas: [{ type: 'rect', x: 0, y: 0, w, h, color: `#${color}` }] } : { text: '' };

export function chartBlock(block: Chart, profile: LayoutProfile): Content {
  const { height, barColor, gap } = profile.chart;
  const width = toPt(textWidth(profile));
  const max = Math.max(1, ...block.values);
  const cell = (text: string, align: 'center' | 'left' | 'right' = 'center') => styled('tableCell', nfc(text), { alignment: align });
  const title = styled('tableCell', nfc(block.title), { bold: true, alignment: 'center', margin: [0, toPt(profile.elements.body.spaceBefore ?? pt(0)), 0, 2] });
  const n = Math.max(block.categories.length, 1);
  if (block.chart === 'column') {
    const slot = width / n - 2;
    const barWidth = slot * (1 - gap);
    const plot = toPt(height);
    // Row 1: the value above each bar; row 2: the bar, standing on the baseline; row 3: the category.
    // Each category's value stands right on top of its bar; the bars stand on the baseline.
    const bars: Content[] = block.values.map((v) => {
      const h = (plot * v) / max;
      return {
        stack: [
          { ...(cell(numberFormat(v)) as object), margin: [0, plot - h, 0, 1] } as Content,
          { ...(bar(barWidth, h, barColor) as object), margin: [(slot - barWidth) / 2, 0, 0, 0] } as Content,
        ],
      };
    });
    return {
      stack: [
        title,
        {
          layout: chartLayout(profile, (i) => i === 1),
          table: { widths: block.categories.map(() => slot), body: [bars, block.categories.map((c) => cell(c))] },
        },
        cell(block.categoryLabel),
      ],
      unbreakable: true,
    } as Content;
  }
  // Bar chart: category | bar | value, one row each; the bar column starts at a vertical baseline.
  const labelWidth = width * 0.42;
  const valueWidth = width * 0.1;
  const barMax = width - labelWidth - valueWidth - 6;
  const rows: Content[][] = block.categories.map((c, i) => [
    cell(c, 'left'),
    { ...(bar((barMax * block.values[i]!) / max, toPt(profile.elements.tableCell.size) * 0.8, barColor) as object), margin: [0, 2, 0, 0] } as Content,
    cell(numberFormat(block.values[i]!), 'right'),
  ]);
  return {
    stack: [
      title,
      {
        layout: chartLayout(profile, (_i, j) => j === 1),
        table: { widths: [labelWidth, barMax, valueWidth], body: [[cell(block.categoryLabel, 'left'), cell(''), cell(block.valueLabel, 'right')], ...rows] },
      },
    ],
    unbreakable: true,
  } as Content;
}
