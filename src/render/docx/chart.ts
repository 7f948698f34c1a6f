// A chart block in the DOCX: a native chart (docx's ChartRun: DrawingML chart part with its data in
// an embedded workbook), so Word's "Edit Data" and LibreOffice open and change it like a chart made
// by hand. docx gives its parts random relationship ids and a process-wide drawing counter; the
// package step (package.ts, stableChartParts) makes those deterministic.
import { Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import type { Block } from '../../document/model.js';
import { textWidth, type LayoutProfile } from '../../layout/profiles.js';
import { toHalfPoints, toPt } from '../../layout/units.js';
import { nfc } from '../common.js';
import { styleId } from './styles.js';

type Chart = Extract<Block, { kind: 'chart' }>;

/** DrawingML sizes charts in pixels at 96 per inch. */
const PX_PER_PT = 96 / 72;

export function chartParagraph(block: Chart, profile: LayoutProfile): Paragraph {
  const { height, barColor, gap } = profile.chart;
  const size = toHalfPoints(profile.elements.tableCell.size) / 2;
  const font = { name: profile.fontFamily, size };
  return new Paragraph({
    style: styleId('tableCell'),
    keepLines: true,
    children: [
      new ChartRun({
        type: block.chart,
        title: { text: nfc(block.title), font: { ...font, bold: true } },
        categories: block.categories.map(nfc),
        series: [{ name: nfc(block.valueLabel), values: [...block.values], color: barColor }],
        // Bars in the category order the document lists them (Word draws a bar chart's first category at the bottom).
        categoryAxis: { title: nfc(block.categoryLabel), font, ...(block.chart === 'bar' ? { reverseOrder: true } : {}) },
        valueAxis: { font, minimum: 0, numberFormat: '0' },
        dataLabels: { value: true, font },
        legend: false,
        gapWidth: Math.round((gap / (1 - gap)) * 100),
        font: { name: profile.fontFamily },
        altText: { name: nfc(block.title), description: nfc(`${block.title}: ${block.categories.map((c, i) => `${c} ${block.values[i]}`).join(', ')}`) },
        transformation: {
          width: Math.round(toPt(textWidth(profile)) * PX_PER_PT),
          height: Math.round(toPt(height) * PX_PER_PT * (block.chart === 'bar' ? Math.max(1, block.categories.length / 4) : 1.4)),
        },
      }),
    ],
  });
}
