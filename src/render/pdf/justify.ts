// pdfmake justifies a line by spreading the spare width over every boundary between its inline
// pieces — and it cuts text into pieces at every line-break opportunity (after "/" and "-" too)
// and at every change of bold/italic. A justified line therefore showed gaps inside
// "21/2019/NĐ-CP" or "1658-NQ/QUTW", and before a period that follows italic text. Word and
// LibreOffice stretch only the spaces. This replaces pdfmake's justification with that rule: the
// spare width goes to the boundaries that follow a space, nowhere else.
//
// It patches ElementWriter.prototype.alignLine (pdfmake 0.3.11, js/ElementWriter.js) — internal,
// not API — once per process; tests/render/pdf.test.ts pins the result on the real PDF.
import { createRequire } from 'node:module';

interface Inline {
  text: string;
  x: number;
  justifyShift?: number;
  alignment?: string;
}
interface Line {
  inlines: Inline[];
  newLineForced?: boolean;
  lastLineInParagraph?: boolean;
  getWidth(): number;
}
interface ElementWriterProto {
  alignLine(this: { context(): { availableWidth: number } }, line: Line): void;
}

let patched = false;

export function justifyAtSpacesOnly(): void {
  if (patched) return;
  const require = createRequire(import.meta.url);
  const proto = (require('pdfmake/js/ElementWriter.js') as { default: { prototype: ElementWriterProto } }).default.prototype;
  const original = proto.alignLine;
  proto.alignLine = function (line: Line): void {
    const inlines = line.inlines;
    const justified =
      inlines.length > 1 && inlines[0]!.alignment === 'justify' && !line.newLineForced && !line.lastLineInParagraph;
    if (!justified) return original.call(this, line);
    const spare = this.context().availableWidth - line.getWidth();
    const gaps = inlines.filter((_, i) => i > 0 && /\s$/.test(inlines[i - 1]!.text)).length;
    if (gaps === 0 || spare <= 0) return;
    const extra = spare / gaps;
    let shift = 0;
    for (let i = 1; i < inlines.length; i++) {
      const gap = /\s$/.test(inlines[i - 1]!.text);
      if (gap) shift += extra;
      inlines[i]!.x += shift;
      inlines[i]!.justifyShift = gap ? extra : 0;
    }
  };
  patched = true;
}
