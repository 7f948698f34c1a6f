// Parse the four Tinos files once per process instead of once per document: pdfkit calls
// `fontkit.create(buffer)` for every document it opens, and parsing (with the tables decoded on
// first use) is much of a PDF render's time.
// pdfmake/pdfkit offer no supported way to hand in a parsed font, so this is the one place that
// reaches into a dependency: it swaps fontkit's module exports (in Node's CJS cache, before pdfkit
// loads) for a copy whose `create` is memoised on the font buffer. The buffers are the ones preloaded
// into pdfmake's virtual file system, so the same object comes back for every document and the memo
// is keyed by identity, never by a hash. tests/render/font-cache.test.ts pins that a PDF rendered
// with shared fonts is byte-identical to one from a fresh process. BAOCAO_NO_FONT_CACHE=1 turns it off.
import { createRequire } from 'node:module';

type Create = (buffer: Uint8Array, postscriptName?: string) => unknown;

/** The part of a fontkit font touched here: its glyph objects cache. */
interface Font {
  _glyphs: Record<number, unknown>;
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
    let font = byName.get(key) as Font | undefined;
    if (!font) {
      font = fontkit.create(buffer, postscriptName) as Font;
      byName.set(key, font);
    } else {
      // A new document opens the font. fontkit caches each glyph object with the characters of its
      // first use, and pdfkit builds the document's ToUnicode map from them: glyphs cached by an
      // earlier document would give this one another document's text (a "Y" read back as missing).
      // So each document starts with no glyph objects, as in a fresh process; the parsed tables stay.
      font._glyphs = {};
    }
    return font;
  };
  // fontkit's exports are non-configurable getters: copy them into a plain object instead of assigning.
  entry.exports = { ...fontkit, create };
}

installFontCache();
