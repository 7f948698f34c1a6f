// Parse the four Tinos files once per process instead of once per document, and shape each word
// once per process. pdfkit calls `fontkit.create(buffer)` for every document it opens, then shapes
// every word anew (OpenType GSUB/GPOS lookups): together ~80 % of a PDF render in the profile.
// pdfmake/pdfkit offer no supported way to hand in a parsed font, so this is the one place that
// reaches into a dependency: it swaps fontkit's module exports (in Node's CJS cache, before pdfkit
// loads) for a copy whose `create` is memoised on the font buffer. The buffers are the ones preloaded
// into pdfmake's virtual file system, so the same object comes back for every document and the memo
// is keyed by identity, never by a hash. tests/render/font-cache.test.ts pins that a PDF rendered
// with shared fonts is byte-identical to one from a fresh process. BAOCAO_NO_FONT_CACHE=1 turns it off.
import { createRequire } from 'node:module';

type Create = (buffer: Uint8Array, postscriptName?: string) => unknown;

interface GlyphRun {
  glyphs: unknown[];
  positions: Record<string, number>[];
}
interface Font {
  layout(text: string, ...rest: unknown[]): GlyphRun;
}

/** Words shaped per font before the memo starts over; a batch's vocabulary is far smaller. */
const MAX_SHAPED = 50_000;

/**
 * Memoises a font's `layout`. pdfkit scales `run.positions` in place, so every caller gets its own
 * copy of the positions; the glyphs themselves are only read.
 */
function memoiseLayout(font: Font): void {
  const original = font.layout.bind(font);
  const shaped = new Map<string, GlyphRun>();
  font.layout = (text: string, ...rest: unknown[]) => {
    // Only the plain (text, features) calls pdfkit makes are memoised.
    if (rest.length > 1) return original(text, ...rest);
    const key = rest[0] === undefined ? text : `${text}\u0000${JSON.stringify(rest[0])}`;
    let run = shaped.get(key);
    if (!run) {
      if (shaped.size >= MAX_SHAPED) shaped.clear();
      run = original(text, ...rest);
      shaped.set(key, run);
    }
    const copy = Object.create(Object.getPrototypeOf(run) as object) as GlyphRun;
    Object.assign(copy, run);
    copy.positions = run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object), p));
    return copy;
  };
}

let installed = false;

export function fontCacheEnabled(): boolean {
  return process.env.BAOCAO_NO_FONT_CACHE !== '1';
}

/** Whether this process renders with shared fonts (false with BAOCAO_NO_FONT_CACHE=1). */
export function fontCacheInstalled(): boolean {
  return installed;
}

/** Installs the memoised `fontkit.create`; must run before pdfmake (and so pdfkit) is first loaded. */
export function installFontCache(): void {
  if (installed || !fontCacheEnabled()) return;
  installed = true;
  // Resolve fontkit exactly as pdfkit does, so both see the same cache entry.
  const fromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
  const path = fromPdfkit.resolve('fontkit');
  const fontkit = fromPdfkit('fontkit') as Record<string, unknown> & { create: Create };
  const entry = fromPdfkit.cache[path];
  if (!entry) return;
  const parsed = new WeakMap<Uint8Array, Map<string, unknown>>();
  const create: Create = (buffer, postscriptName) => {
    let byName = parsed.get(buffer);
    if (!byName) {
      byName = new Map();
      parsed.set(buffer, byName);
    }
    const key = postscriptName ?? '';
    if (!byName.has(key)) {
      const font = fontkit.create(buffer, postscriptName) as Font;
      memoiseLayout(font);
      byName.set(key, font);
    }
    return byName.get(key);
  };
  // fontkit's exports are non-configurable getters: copy them into a plain object instead of assigning.
  entry.exports = { ...fontkit, create };
}

installFontCache();
