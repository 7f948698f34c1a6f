// PDF inspection with poppler-utils and qpdf: text, fonts, page info, PNG previews.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { asFile, tempDir } from './files.js';
import { tool } from './tools.js';

export interface Crop {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PdfTextOptions {
  readonly firstPage?: number;
  readonly lastPage?: number;
  /** Area to extract, in pt from the top-left corner (pdftotext -x -y -W -H at 72 dpi). */
  readonly crop?: Crop;
}

const input = (pdf: Uint8Array | string): string => asFile(pdf, '.pdf');

/**
 * `pdftotext` (reading order, not -layout) of the whole document or a page range / area.
 *
 * Plain pdftotext "dehyphenates": a line ending in " -" loses the hyphen and is joined to the next
 * ("quốc phòng -⏎an ninh" → "quốc phòng an ninh"), which breaks byte-exact checks of Vietnamese
 * text full of " - ". `raw: true` reads with `pdftotext -raw`, which keeps every character as
 * drawn, in content-stream order — the reading order inside one column's crop.
 */
export async function pdfText(pdf: Uint8Array | string, options: PdfTextOptions & { raw?: boolean; layout?: boolean } = {}): Promise<string> {
  const args: string[] = ['-enc', 'UTF-8'];
  if (options.firstPage !== undefined) args.push('-f', String(options.firstPage));
  if (options.lastPage !== undefined) args.push('-l', String(options.lastPage));
  if (options.crop) {
    const c = options.crop;
    // pdftotext takes whole pixels (at -r 72, points): round outwards.
    const x = Math.floor(c.x), y = Math.floor(c.y);
    args.push('-r', '72', '-x', String(x), '-y', String(y), '-W', String(Math.ceil(c.x + c.width) - x), '-H', String(Math.ceil(c.y + c.height) - y));
  }
  return tool('pdftotext', [...(options.raw ? ['-raw'] : []), ...(options.layout ? ['-layout'] : []), ...args, input(pdf), '-']);
}

/** Whitespace (line breaks, justification gaps, form feeds) collapsed to single spaces. */
export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The body area of an A4 page without the top band where page numbers sit. */
export const A4_BODY: Crop = { x: 0, y: 50, width: 600, height: 800 };
/** The top band of an A4 page, where the page number sits. */
export const A4_TOP_BAND: Crop = { x: 0, y: 0, width: 600, height: 50 };

export interface PdfFont {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
  readonly subset: boolean;
  readonly unicode: boolean;
}

/** `pdffonts`, parsed. */
export async function pdfFonts(pdf: Uint8Array | string): Promise<PdfFont[]> {
  const out = await tool('pdffonts', [input(pdf)]);
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      // name type… encoding emb sub uni object ID — the flags are the 5th–3rd fields from the end.
      const f = line.trim().split(/\s+/);
      const n = f.length;
      return { name: f[0]!, type: f.slice(1, n - 6).join(' '), embedded: f[n - 5] === 'yes', subset: f[n - 4] === 'yes', unicode: f[n - 3] === 'yes' };
    });
}

/** `pdfinfo` as a key → value map ("Pages", "Page size", "Title", …). */
export async function pdfInfo(pdf: Uint8Array | string): Promise<Record<string, string>> {
  const out = await tool('pdfinfo', [input(pdf)]);
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) info[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return info;
}

/** `qpdf --check`; resolves with its report, rejects when qpdf finds errors. */
export async function qpdfCheck(pdf: Uint8Array | string): Promise<string> {
  return tool('qpdf', ['--check', input(pdf)]);
}

/** Renders pages to PNG (`pdftoppm`) as `<prefix>-<n>.png` in `dir`; returns the files written. */
export async function pdfToPng(
  pdf: Uint8Array | string,
  dir: string,
  prefix: string,
  options: { firstPage?: number; lastPage?: number; dpi?: number } = {},
): Promise<string[]> {
  const args = ['-png', '-r', String(options.dpi ?? 60)];
  if (options.firstPage !== undefined) args.push('-f', String(options.firstPage));
  if (options.lastPage !== undefined) args.push('-l', String(options.lastPage));
  await tool('pdftoppm', [...args, input(pdf), join(dir, prefix)]);
  return readdirSync(dir)
    .filter((f) => f.startsWith(prefix + '-') && f.endsWith('.png'))
    .map((f) => join(dir, f));
}

export { tempDir };
