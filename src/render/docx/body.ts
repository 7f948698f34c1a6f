// ô 6, the body: headings of the report scheme, paragraphs, lists and ruled tables.
import {
  BorderStyle,
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
import { toEighthPoints, toTwip } from '../../layout/units.js';
import { columnWidths, headingParts, listLead, nfc, tableWeights, unrenderable } from '../common.js';
import type { RenderOptions } from '../types.js';
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

/** The body blocks in order; a block kind this renderer does not know is reported, not dropped. */
export function bodyBlocks(blocks: readonly Block[], profile: LayoutProfile, options: RenderOptions | undefined): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let lists = 0;
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(heading(block, profile));
        break;
      case 'paragraph':
        out.push(new Paragraph({ style: styleId('body'), children: runs(block.content) }));
        break;
      case 'list':
        out.push(...list(block, profile, block.ordered ? ++lists : 0));
        break;
      case 'table':
        out.push(table(block, profile));
        break;
      default:
        unrenderable(block as { kind: string }, 'DOCX', options);
    }
  }
  return out;
}
