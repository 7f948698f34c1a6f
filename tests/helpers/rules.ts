// Drawn rules on a rendered page and how far they stand below the glyphs above them. The page is
// rasterised (pdftoppm, grey, `dpi`), a rule is a run of dark rows each holding a long unbroken dark
// run (text never has one: letters are separated by light columns), and the clearance is counted
// in light rows between the rule's top and the lowest dark pixel above it within the rule's span.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asFile, tempDir } from './files.js';
import { tool } from './tools.js';

export interface MeasuredRule {
  /** Top of the rule, in pt from the top of the page. */
  readonly top: number;
  readonly x1: number;
  readonly x2: number;
  /** Light space between the lowest glyph pixel above (within the rule's span) and the rule, in pt. */
  readonly clearance: number;
}

interface Gray {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

function readPgm(file: string): Gray {
  const buf = readFileSync(file);
  // "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 64).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), data: buf.subarray(header[0].length) };
}

/** Rules on page `page` longer than `minLength` pt whose top lies within `top`…`bottom` pt. */
export async function measureRules(
  pdf: Uint8Array | string,
  options: { page?: number; dpi?: number; minLength?: number; top?: number; bottom?: number } = {},
): Promise<MeasuredRule[]> {
  const page = options.page ?? 1;
  const dpi = options.dpi ?? 288;
  const scale = dpi / 72;
  const dir = tempDir();
  await tool('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', asFile(pdf, '.pdf'), join(dir, 'page')]);
  const img = readPgm(join(dir, 'page.pgm'));
  const dark = (x: number, y: number) => img.data[y * img.width + x]! < 128;
  const minRun = (options.minLength ?? 20) * scale;
  const runs: Array<{ y: number; x1: number; x2: number } | undefined> = [];
  for (let y = 0; y < img.height; y++) {
    let best: { y: number; x1: number; x2: number } | undefined;
    let start = -1;
    for (let x = 0; x <= img.width; x++) {
      if (x < img.width && dark(x, y)) {
        if (start < 0) start = x;
      } else if (start >= 0) {
        if (x - start >= minRun && (!best || x - start > best.x2 - best.x1)) best = { y, x1: start, x2: x - 1 };
        start = -1;
      }
    }
    runs.push(best);
  }
  const out: MeasuredRule[] = [];
  for (let y = 0; y < img.height; y++) {
    const r = runs[y];
    if (!r || runs[y - 1]) continue; // the top row of a rule only
    const topPt = y / scale;
    if (options.top !== undefined && topPt < options.top) continue;
    if (options.bottom !== undefined && topPt > options.bottom) continue;
    let above = y - 1;
    const inked = (row: number) => {
      for (let x = r.x1; x <= r.x2; x++) if (dark(x, row)) return true;
      return false;
    };
    while (above >= 0 && !inked(above)) above--;
    out.push({ top: topPt, x1: r.x1 / scale, x2: r.x2 / scale, clearance: (y - above - 1) / scale });
  }
  return out;
}
