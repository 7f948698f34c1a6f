// ô 6 in pdfmake: headings, paragraphs, lists with the official "- " lead, ruled tables.
import type { Content, CustomTableLayout } from 'pdfmake/interfaces.js';
import type { Block } from '../../document/model.js';
import { textWidth, type LayoutProfile } from '../../layout/profiles.js';
import { pt, toPt } from '../../layout/units.js';
import { columnWidths, headingParts, listLead, nfc, tableWeights, unrenderable } from '../common.js';
import type { RenderOptions } from '../types.js';
import { chartBlock } from './chart.js';
import { inlines, styled } from './styles.js';

type Heading = Extract<Block, { kind: 'heading' }>;
type TableBlock = Extract<Block, { kind: 'table' }>;

function heading(block: Heading, profile: LayoutProfile): Content {
  const { label, ownLine, content } = headingParts(block, profile);
  const lead: Content[] = label === undefined ? [] : [{ text: nfc(label) + (ownLine ? '\n' : ' ') }];
  return styled(`heading${block.level}`, [...lead, ...inlines(content)]);
}

function tableLayout(profile: LayoutProfile): CustomTableLayout {
  const { border, cellPadding } = profile.table;
  return {
    hLineWidth: () => toPt(border),
    vLineWidth: () => toPt(border),
    paddingLeft: () => toPt(cellPadding.x),
    paddingRight: () => toPt(cellPadding.x),
    paddingTop: () => toPt(cellPadding.y),
    paddingBottom: () => toPt(cellPadding.y),
  };
}

function table(block: TableBlock, profile: LayoutProfile): Content {
  const { border, cellPadding } = profile.table;
  const weights = tableWeights(block);
  // pdfmake's widths are the cells' content: padding and rules come on top of them, so the table
  // spans the text width exactly as the DOCX one does.
  const chrome = weights.length * 2 * toPt(cellPadding.x) + (weights.length + 1) * toPt(border);
  const widths = columnWidths(weights, textWidth(profile)).map((w) => toPt(w) - chrome / weights.length);
  const row = (cells: TableBlock['rows'][number], header: boolean): Content[] =>
    weights.map((_, i) => styled('tableCell', inlines(cells[i] ?? [], { bold: header })));
  return {
    layout: tableLayout(profile),
    // The same gap the DOCX keeps between a paragraph and a table's top rule.
    margin: [0, toPt(profile.elements.body.spaceBefore ?? pt(0)), 0, 0],
    table: {
      widths,
      headerRows: block.header ? 1 : 0,
      dontBreakRows: true,
      body: [...(block.header ? [row(block.header, true)] : []), ...block.rows.map((r) => row(r, false))],
    },
  } as Content;
}

function block(b: Block, profile: LayoutProfile, options: RenderOptions | undefined): Content[] {
  switch (b.kind) {
    case 'heading':
      return [heading(b, profile)];
    case 'paragraph':
      return [styled('body', inlines(b.content))];
    case 'list':
      return b.items.map((item, i) => styled('listItem', [{ text: listLead(b.ordered, i, profile) }, ...inlines(item)]));
    case 'table':
      return [table(b, profile)];
    case 'chart':
      return [chartBlock(b, profile)];
    default:
      unrenderable(b as { kind: string }, 'PDF', options);
      return [];
  }
}

/**
 * The body in order. pdfmake has no keep-with-next, so a heading (or a run of headings) and the
 * paragraph or first list item after it form one unbreakable stack: a heading never ends a page.
 * A table is not pulled along, as it may be taller than a page.
 */
export function bodyBlocks(blocks: readonly Block[], profile: LayoutProfile, options: RenderOptions | undefined): Content[] {
  const out: Content[] = [];
  let headings: Content[] = [];
  for (const b of blocks) {
    const parts = block(b, profile, options);
    if (b.kind === 'heading') {
      headings.push(...parts);
      continue;
    }
    const [first, ...rest] = parts;
    if (headings.length > 0 && first !== undefined && b.kind !== 'table' && b.kind !== 'chart') {
      out.push({ stack: [...headings, first], unbreakable: true }, ...rest);
    } else {
      out.push(...headings, ...parts);
    }
    headings = [];
  }
  out.push(...headings);
  return out;
}
