// A chart block as inline SVG: vector bars with the categories and values as real text, the same
// data the DOCX chart and the PDF canvas draw (see ../pdf for the layout's reasons).
import type { Block } from '../../document/model.js';
import { textWidth, type LayoutProfile } from '../../layout/profiles.js';
import { toPt } from '../../layout/units.js';
import { escapeHtml } from './markup.js';

type ChartBlock = Extract<Block, { kind: 'chart' }>;

export function chartSvg(block: ChartBlock, profile: LayoutProfile): string {
  const width = toPt(textWidth(profile));
  const n = Math.max(1, block.categories.length);
  const max = Math.max(1, ...block.values);
  const top = 24, bottom = 28, plot = 140;
  const height = top + plot + bottom;
  const slot = width / n;
  const bar = slot * 0.6;
  const bars = block.categories.map((c, i) => {
    const v = block.values[i] ?? 0;
    const h = (v / max) * plot;
    const x = i * slot + (slot - bar) / 2;
    const y = top + plot - h;
    return (
      `<rect x="${x.toFixed(2)}" y="${y.toFixed(2)}" width="${bar.toFixed(2)}" height="${h.toFixed(2)}" fill="#555"/>` +
      `<text x="${(x + bar / 2).toFixed(2)}" y="${(y - 3).toFixed(2)}" text-anchor="middle" font-size="10">${v}</text>` +
      `<text x="${(x + bar / 2).toFixed(2)}" y="${(top + plot + 14).toFixed(2)}" text-anchor="middle" font-size="10">${escapeHtml(c)}</text>`
    );
  });
  return (
    `<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" width="${width.toFixed(2)}pt" height="${height}pt" viewBox="0 0 ${width.toFixed(2)} ${height}" role="img" aria-label="${escapeHtml(block.title)}" font-family="Tinos, 'Times New Roman', serif">` +
    `<text x="${(width / 2).toFixed(2)}" y="14" text-anchor="middle" font-size="12" font-weight="bold">${escapeHtml(block.title)}</text>` +
    `<line x1="0" y1="${top + plot}" x2="${width.toFixed(2)}" y2="${top + plot}" stroke="#000" stroke-width="0.5"/>` +
    bars.join('') +
    `</svg><figcaption>${escapeHtml(block.categoryLabel)} · ${escapeHtml(block.valueLabel)}</figcaption></figure>`
  );
}
