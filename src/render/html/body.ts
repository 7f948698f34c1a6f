// ô 6 in HTML: headings, paragraphs, lists with the official "- " lead, ruled tables — the same
// elements and words as ../pdf/body.ts.
import type { Block } from '../../document/model.js';
import { textWidth, type LayoutProfile } from '../../layout/profiles.js';
import { columnWidths, headingParts, listLead, tableWeights, unrenderable } from '../common.js';
import type { RenderOptions } from '../types.js';
import { chartSvg } from './chart.js';
import { escapeHtml, inlineHtml, styled } from './markup.js';
import { cssPt } from './styles.js';

type TableBlock = Extract<Block, { kind: 'table' }>;

function heading(block: Extract<Block, { kind: 'heading' }>, profile: LayoutProfile): string {
  const { label, ownLine, content } = headingParts(block, profile);
  const lead = label === undefined ? '' : escapeHtml(label) + (ownLine ? '<br>' : ' ');
  return styled(`heading${block.level}`, { html: lead + inlineHtml(content) }, ` role="heading" aria-level="${block.level}"`, 'heading');
}

function table(block: TableBlock, profile: LayoutProfile): string {
  const weights = tableWeights(block);
  const cols = columnWidths(weights, textWidth(profile))
    .map((w) => `<col style="width:${cssPt(w)}">`)
    .join('');
  const row = (cells: TableBlock['rows'][number], header: boolean): string =>
    `<tr>${weights.map((_, i) => `<${header ? 'th' : 'td'} class="e-tableCell">${inlineHtml(cells[i] ?? [], { bold: header })}</${header ? 'th' : 'td'}>`).join('')}</tr>`;
  const head = block.header ? `<thead>${row(block.header, true)}</thead>` : '';
  return `<table class="body-table"><colgroup>${cols}</colgroup>${head}<tbody>${block.rows.map((r) => row(r, false)).join('')}</tbody></table>`;
}

function block(b: Block, profile: LayoutProfile, options: RenderOptions | undefined): string {
  switch (b.kind) {
    case 'heading':
      return heading(b, profile);
    case 'paragraph':
      return styled('body', { html: inlineHtml(b.content) });
    case 'list':
      return b.items.map((item, i) => styled('listItem', { html: escapeHtml(listLead(b.ordered, i, profile)) + inlineHtml(item) })).join('');
    case 'table':
      return table(b, profile);
    case 'chart':
      return chartSvg(b, profile);
    default:
      unrenderable(b as { kind: string }, 'HTML', options);
      return '';
  }
}

/** The body blocks in order, and the last paragraph apart so it can stay with the signature. */
export function bodyHtml(blocks: readonly Block[], profile: LayoutProfile, options: RenderOptions | undefined): { readonly main: string; readonly last: string } {
  const last = blocks[blocks.length - 1];
  const keepLast = last?.kind === 'paragraph';
  const main = (keepLast ? blocks.slice(0, -1) : blocks).map((b) => block(b, profile, options)).join('\n');
  return { main, last: keepLast ? block(last, profile, options) : '' };
}
