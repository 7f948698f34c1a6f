// ô 6, the body: headings of the report scheme, paragraphs, lists and ruled tables.
import {
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { Block } from '../../document/model.js';
import { textWidth, type LayoutProfile } from '../../layout/profiles.js';
import { pt, toEighthPoints, toTwip } from '../../layout/units.js';
import { columnWidths, headingParts, listLead, nfc, tableWeights, unrenderable } from '../common.js';
import type { RenderOptions } from '../types.js';
import { chartParagraph } from './chart.js';
import { runs } from './paragraphs.js';
import { ORDERED_LIST, styleId } from './styles.js';

type Heading = Extract<Block, { kind: 'heading' }>;
type List = Extract<Block, { kind: 'list' }>;
type TableBlock = Extract<Block, { kind: 'table' }>;

function heading(block: Heading, profile: LayoutProfile): Paragraph {
  const { label, ownLine, content } = headingParts(block, profile);
  const lead =
    label === undefined ? [] : ownLine ? [new TextRun(nfc(label)), new TextRun({ break: 1 })] : [new TextRun(nfc(label) + ' ')];
  return new Paragraph({ style: styleId(`heading${block.level}`), children: [...lead, ...runs(content)] });
}

function list(block: List, profile: LayoutProfile, instance: number): Paragraph[] {
  return block.items.map((item, i) =>
    block.ordered
      ? new Paragraph({
          style: styleId('listItem'),
          // `custom` keeps the list item style instead of docx's ListParagraph.
          numbering: { reference: ORDERED_LIST, level: 0, instance, custom: true },
          children: runs(item),
        })
      : new Paragraph({ style: styleId('listItem'), children: [new TextRun(listLead(false, i, profile)), ...runs(item)] }),
  );
}

function table(block: TableBlock, profile: LayoutProfile): Table {
  const widths = columnWidths(tableWeights(block), textWidth(profile)).map(toTwip);
  const { border, cellPadding } = profile.table;
  const line: IBorderOptions = { style: BorderStyle.SINGLE, size: toEighthPoints(border), color: '000000' };
  const pad = { top: toTwip(cellPadding.y), bottom: toTwip(cellPadding.y), left: toTwip(cellPadding.x), right: toTwip(cellPadding.x) };
  const row = (cells: TableBlock['rows'][number], header: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: widths.map(
        (w, i) =>
          new TableCell({
            width: { size: w, type: WidthType.DXA },
            children: [new Paragraph({ style: styleId('tableCell'), children: runs(cells[i] ?? [], { bold: header }) })],
          }),
      ),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    margins: pad,
    rows: [...(block.header ? [row(block.header, true)] : []), ...block.rows.map((r) => row(r, false))],
  });
}

/**
 * A table has no spacing of its own, and the last line of an exactly spaced paragraph would touch
 * its top rule: an empty paragraph as high as the body's paragraph spacing keeps them apart.
 */
function tableGap(profile: LayoutProfile): Paragraph {
  const gap = toTwip(profile.elements.body.spaceBefore ?? pt(0));
  return new Paragraph({ style: styleId('body'), spacing: { before: 0, after: 0, line: Math.max(gap, 1), lineRule: LineRuleType.EXACT } });
}

/** The body blocks in order; a block kind this renderer does not know is reported, not dropped. */
export function bodyBlocks(blocks: readonly Block[], profile: LayoutProfile, options: RenderOptions | undefined): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let lists = 0;
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(heading(block, profile));
        break;
      case 'paragraph': {
        // The closing paragraph keeps with the signature table, so the signer never stands alone
        // on the last page.
        const closing = block === blocks[blocks.length - 1];
        out.push(new Paragraph({ style: styleId('body'), ...(closing ? { keepNext: true, keepLines: true } : {}), children: runs(block.content) }));
        break;
      }
      case 'list':
        out.push(...list(block, profile, block.ordered ? ++lists : 0));
        break;
      case 'table':
        out.push(tableGap(profile), table(block, profile));
        break;
      case 'chart':
        out.push(chartParagraph(block, profile));
        break;
      default:
        unrenderable(block as { kind: string }, 'DOCX', options);
    }
  }
  return out;
}
