// Small builders shared by the frame, body and signature modules: styled paragraphs, runs from
// inlines, rules drawn as paragraph borders, borderless fixed-width layout tables.
import {
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Inline } from '../../document/model.js';
import type { ElementId, Mark } from '../../layout/profiles.js';
import { subLength, scaleLength, toEighthPoints, toHalfPoints, toTwip, type Length } from '../../layout/units.js';
import { nfc } from '../common.js';
import { breakLongWords } from '../long-words.js';
import { styleId } from './styles.js';

/** Runs of inline content; bold/italic add to what the paragraph style gives. */
export function runs(content: readonly Inline[], extra: { bold?: boolean } = {}): TextRun[] {
  return content.map((i) =>
    i.kind === 'break'
      ? new TextRun({ break: 1 })
      : new TextRun({
          text: breakLongWords(nfc(i.text)),
          ...(i.bold || extra.bold ? { bold: true } : {}),
          ...(i.italic ? { italics: true } : {}),
        }),
  );
}

/**
 * A paragraph in the named style of `element`; several lines are joined by line breaks. `size`
 * overrides the style's size on the runs (the date line, shrunk to stay on one line).
 */
export function styled(element: ElementId, children: readonly ParagraphChild[] | readonly string[] | string, size?: Length): Paragraph {
  const lines = typeof children === 'string' ? [children] : children;
  return new Paragraph({
    style: styleId(element),
    children: lines.every((l) => typeof l === 'string')
      ? (lines as readonly string[]).map(
          (l, i) => new TextRun({ text: breakLongWords(nfc(l)), ...(i > 0 ? { break: 1 } : {}), ...(size !== undefined ? { size: toHalfPoints(size) } : {}) }),
        )
      : [...(lines as readonly ParagraphChild[])],
  });
}

/**
 * A rule under a header element: an empty paragraph, `gap` high, whose bottom border is the rule.
 * Equal left and right indents make it `length` long and centred in a column `column` wide (a
 * character underline could not be given its own length).
 */
export function ruleParagraph(element: ElementId, mark: Extract<Mark, { kind: 'rule' }>, length: Length, column: Length): Paragraph {
  const side = toTwip(scaleLength(subLength(column, length), 0.5));
  return new Paragraph({
    style: styleId(element),
    spacing: { before: 0, after: 0, line: toTwip(mark.gap), lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side, firstLine: 0 },
    border: { bottom: { style: BorderStyle.SINGLE, size: toEighthPoints(mark.thickness), color: '000000', space: 0 } },
  });
}

/** What stands under a header element: a rule paragraph, a text mark ("*", "-----"), or nothing. */
export function markParagraphs(element: ElementId, mark: Mark, length: Length | undefined, column: Length): Paragraph[] {
  if (mark.kind === 'rule' && length !== undefined) return [ruleParagraph(element, mark, length, column)];
  if (mark.kind === 'text') return [styled(element, mark.text)];
  return [];
}

/**
 * A borderless table of fixed column widths and no cell margins, for the header and signature
 * blocks. Widths go in the grid, on every cell and as a fixed layout: LibreOffice ignores the
 * grid alone.
 */
export function layoutTable(widths: readonly Length[], rows: readonly (readonly Paragraph[])[][], keepTogether = false): Table {
  const twips = widths.map(toTwip);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: twips.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: twips,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: keepTogether,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: twips[i]!, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
                // An empty cell still needs one paragraph to be valid OOXML.
                children: children.length > 0 ? [...children] : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}
