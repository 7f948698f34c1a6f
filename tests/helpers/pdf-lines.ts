// Lines of a PDF as a reader sees them, with their boxes: `pdftotext -bbox-layout`, parsed. Each
// line keeps its page and the text block pdftotext put it in (a column of the header table, the
// title block…), so tests can ask what ends one line and starts the next.
import { tool } from './tools.js';
import { asFile } from './files.js';

export interface PdfLine {
  readonly page: number;
  /** Index of the block on its page, in pdftotext's order. */
  readonly block: number;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  /** The line's words joined by single spaces (a word may hold a no-break space). */
  readonly text: string;
  readonly words: readonly { readonly text: string; readonly xMin: number; readonly yMin: number; readonly xMax: number; readonly yMax: number }[];
}

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const num = (tag: string, name: string): number => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(tag)![1]);

export async function pdfLines(pdf: Uint8Array | string, options: { firstPage?: number; lastPage?: number } = {}): Promise<PdfLine[]> {
  const args = ['-bbox-layout', '-enc', 'UTF-8'];
  if (options.firstPage !== undefined) args.push('-f', String(options.firstPage));
  if (options.lastPage !== undefined) args.push('-l', String(options.lastPage));
  const xml = await tool('pdftotext', [...args, asFile(pdf, '.pdf'), '-']);
  const out: PdfLine[] = [];
  let page = (options.firstPage ?? 1) - 1;
  let block = -1;
  for (const m of xml.matchAll(/<page [^>]*>|<block [^>]*>|<line [^>]*>[\s\S]*?<\/line>/g)) {
    const tag = m[0];
    if (tag.startsWith('<page')) {
      page++;
      block = -1;
    } else if (tag.startsWith('<block')) block++;
    else {
      const head = tag.slice(0, tag.indexOf('>'));
      const words = [...tag.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((w) => ({
        text: unescape(w[2]!).normalize('NFC'),
        xMin: num(w[1]!, 'xMin'),
        yMin: num(w[1]!, 'yMin'),
        xMax: num(w[1]!, 'xMax'),
        yMax: num(w[1]!, 'yMax'),
      }));
      out.push({
        page,
        block,
        xMin: num(head, 'xMin'),
        yMin: num(head, 'yMin'),
        xMax: num(head, 'xMax'),
        yMax: num(head, 'yMax'),
        text: words.map((w) => w.text).join(' '),
        words,
      });
    }
  }
  return out;
}

/** Consecutive lines of one block: each pair is a line end and the start of the line after it. */
export function linePairs(lines: readonly PdfLine[]): Array<[PdfLine, PdfLine]> {
  const pairs: Array<[PdfLine, PdfLine]> = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!, b = lines[i]!;
    // The same block, and b below a (not the other half of a two-cell row such as "Số" | "-BC/…").
    if (a.page === b.page && a.block === b.block && b.yMin >= a.yMax - 1) pairs.push([a, b]);
  }
  return pairs;
}
