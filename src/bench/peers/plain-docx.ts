// The bench's DOCX peer: the same document model written with the plain `docx` package, as someone
// would without baocao — the same page, header table, title, body, signature and recipients, in
// direct formatting, with no line-breaking search, no named styles and no reproducible packaging.
// It is what baocao's DOCX time is compared with (warm in one process, cold as a whole process).
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Block, DocumentModel, Inline } from '../../document/model.js';
import type { LayoutProfile } from '../../layout/profiles.js';
import { toPt, toTwip } from '../../layout/units.js';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function runs(content: readonly Inline[], size: number): TextRun[] {
  return content.map((i) =>
    i.kind === 'text' ? new TextRun({ text: i.text, bold: i.bold, italics: i.italic, size }) : new TextRun({ break: 1 }),
  );
}

const line = (text: string, size: number, opts: { bold?: boolean; italics?: boolean; center?: boolean } = {}): Paragraph =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    children: [new TextRun({ text, bold: opts.bold, italics: opts.italics, size })],
  });

function twoColumns(left: Paragraph[], right: Paragraph[]): Table {
  const cell = (children: Paragraph[]) => new TableCell({ children: children.length ? children : [new Paragraph('')], width: { size: 50, type: WidthType.PERCENTAGE } });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ children: [cell(left), cell(right)] })] });
}

function block(b: Block, size: number): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ children: [new TextRun({ text: b.label ? `${b.label} ` : '', bold: true, size }), ...runs(b.content, size)] })];
    case 'paragraph':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, children: runs(b.content, size) })];
    case 'list':
      return b.items.map((item, k) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, children: [new TextRun({ text: b.ordered ? `${k + 1}. ` : '- ', size }), ...runs(item, size)] }));
    case 'table': {
      const row = (cells: readonly (readonly Inline[])[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: runs(c, size - 2) })] })) });
      return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [...(b.header ? [row(b.header)] : []), ...b.rows.map(row)] })];
    }
    case 'chart':
      return [line(b.title, size, { bold: true, center: true }), ...b.categories.map((c, k) => line(`${c}: ${b.values[k]}`, size))];
  }
}

/** The model as a `docx` Document, directly formatted. */
export function plainDocx(model: DocumentModel, profile: LayoutProfile): Document {
  const { frame } = model;
  const size = Math.round(toPt(profile.elements.body.size) * 2);
  const { page } = profile;
  const header =
    frame.layout === 'article'
      ? []
      : [
          twoColumns(
            frame.issuers.flatMap((i) => [...(i.parent ? [line(i.parent, size - 2, { center: true })] : []), line(i.name, size - 2, { bold: true, center: true })]).concat(line(frame.number, size - 2, { center: true })),
            [...frame.heading.map((h) => line(h, size - 2, { bold: true, center: true })), ...(frame.dateLine ? [line(frame.dateLine, size, { italics: true, center: true })] : [])],
          ),
        ];
  const signature =
    frame.layout === 'article'
      ? []
      : [
          twoColumns(
            [line('Nơi nhận:', size - 2, { bold: true, italics: true }), ...frame.recipients.map((r) => line(r, size - 3))],
            frame.signatures.flatMap((s) => [...(s.authority ? [line(s.authority, size, { bold: true, center: true })] : []), line(s.position, size, { bold: true, center: true }), line(s.name, size, { bold: true, center: true })]),
          ),
        ];
  return new Document({
    sections: [
      {
        properties: {
          page: {
            size: { width: toTwip(page.width), height: toTwip(page.height) },
            margin: { top: toTwip(page.margin.top), bottom: toTwip(page.margin.bottom), left: toTwip(page.margin.left), right: toTwip(page.margin.right) },
          },
        },
        children: [
          ...header,
          line(frame.docType, size, { bold: true, center: true }),
          ...frame.summary.map((s) => line(s, size, { bold: true, center: true })),
          ...(frame.to ?? []).map((t) => line(t, size, { center: true })),
          ...model.body.flatMap((b) => block(b, size)),
          ...signature,
        ],
      },
    ],
  });
}

export async function renderPlainDocx(model: DocumentModel, profile: LayoutProfile): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(plainDocx(model, profile)));
}
