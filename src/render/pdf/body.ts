// ô 6 in pdfmake: headings, paragraphs, lists with the official "- " lead, ruled tables.
import type { Content, CustomTableLayout } from 'pdfmake/interfaces.js';
import type { Block } from '../../document/model.js';
import { textWidth, type LayoutProfile } from '../../layout/profiles.js';
import { toPt } from '../../layout/units.js';
import { columnWidths, headingParts, listLead, nfc, tableWeights, unrenderable } from '../common.js';
import type { RenderOptions } from '../types.js';
import { inlines, styled } from './styles.js';

type Heading = Extract<Block, { kind: 'heading' }>;
type TableBlock = Extract<Block, { kind: 'table' }>;

function heading(block: Heading, profile: LayoutProfile): Content {
  const { label, ownLine, content } = headingParts(block, profile);
  const lead: Content[] = label === undefined ? [] : [{ text: nfc(label) + (ownLine ? '\n' : ' ') }];
  // headlineLevel lets pageBreakBefore keep a heading with the text after it.
  return styled(`heading${block.level}`, [...lead, ...inlines(content)], { headlineLevel: block.level });
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
    table: {
      widths,
      headerRows: block.header ? 1 : 0,
      dontBreakRows: true,
      body: [...(block.header ? [row(block.header, true)] : []), ...block.rows.map((r) => row(r, false))],
    },
  } as Content;
}

export function bodyBlocks(blocks: readonly Block[], profile: LayoutProfile, options: RenderOptions | undefined): Content[] {
  const out: Content[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(heading(block, profile));
        break;
      case 'paragraph':
        out.push(styled('body', inlines(block.content)));
        break;
      case 'list':
        block.items.forEach((item, i) => out.push(styled('listItem', [{ text: listLead(block.ordered, i, profile) }, ...inlines(item)])));
        break;
      case 'table':
        out.push(table(block, profile));
        break;
      default:
        unrenderable(block as { kind: string }, 'PDF', options);
    }
  }
  return out;
}
