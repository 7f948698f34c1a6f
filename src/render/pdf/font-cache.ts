// Parse the four Tinos files once per process instead of once per document: pdfkit calls
// `fontkit.create(buffer)` for every document it opens, and parsing (with the tables decoded on
// first use) is much of a PDF render's time.
// pdfmake/pdfkit offer no supported way to hand in a parsed font, so this is the one place that
// reaches into a dependency: it swaps fontkit's module exports (in Node's CJS cache, before pdfkit
// loads) for a copy whose `create` is memoised on the font buffer. The buffers are the ones preloaded
// into pdfmake's virtual file system, so the same object comes back for every document and the memo
// is keyed by identity, never by a hash. tests/render/font-cache.test.ts pins that a PDF rendered
// with shared fonts is byte-identical to one from a fresh process. BAOCAO_NO_FONT_CACHE=1 turns it off.
// Shaped words and decoded glyphs are kept too (shareShaping below), with each document's text layer
// still made from its own glyph objects; the same test renders documents A, B, A and compares.
import { createRequire } from 'node:module';

type Create = (buffer: Uint8Array, postscriptName?: string) => unknown;

/** A fontkit glyph: its id, the characters of its first use, and fontkit's memoised decodings. */
interface Glyph {
  readonly id: number;
  readonly codePoints: readonly number[];
  readonly advanceWidth: number;
}

/** A fontkit GlyphRun, as far as pdfkit reads it (glyphs, positions, advanceWidth). */
interface Run {
  glyphs: Glyph[];
  positions: Position[];
  readonly advanceWidth: number;
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** The part of a fontkit font touched here. */
interface Font {
  _glyphs: Record<number, Glyph>;
  layout(text: string, ...rest: unknown[]): Run;
  getGlyph(id: number, codePoints?: number[]): Glyph;
  glyphsForString(text: string): Glyph[];
  glyphForCodePoint(codePoint: number): Glyph;
}

/** A word shaped once per process: the glyph ids and the unscaled positions fontkit gave it. */
interface Shaped {
  readonly ids: readonly number[];
  readonly positions: readonly (readonly [number, number, number, number])[];
}

/**
 * fontkit's own decodings memoised on a glyph object (getters fontkit turns into own data properties,
 * and the metrics object): the same for every document, and costly, since without a vmtx table an
 * advance width decodes the outline for its bounding box.
 */
const DOCUMENT_FREE = ['_metrics', 'cbox', 'bbox', 'path', 'advanceWidth', 'advanceHeight', 'ligatureCaretPositions'] as const;

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
      shareShaping(font);
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

const MAX_WORDS = 50_000;

/** The run pdfkit gets for a word already shaped in an earlier document; see shareShaping. */
class SharedRun implements Run {
  constructor(
    readonly glyphs: Glyph[],
    readonly positions: Position[],
  ) {}

  /** As fontkit's GlyphRun computes it, after pdfkit has scaled the positions in place. */
  get advanceWidth(): number {
    let width = 0;
    for (const p of this.positions) width += p.xAdvance;
    return width;
  }
}

/**
 * Shaping (fontkit's GSUB/GPOS walk) and glyph decoding are most of what remains of a PDF render once
 * fonts are parsed, and a word is shaped the same in every document. So the shaped glyph ids and
 * positions are kept per font, and so are each glyph's decoded metrics and outline.
 *
 * What is not kept is the characters a glyph stands for: pdfkit writes the document's ToUnicode from
 * the glyph objects (the characters of each glyph's first use in the document), and a glyph can stand
 * for more than one character (space and no-break space, hyphen and soft hyphen). So each document still gets its own
 * glyph objects, created in the order a fresh process would create them: a word shaped earlier is
 * replayed through fontkit's own character lookup (glyphsForString, then the space glyph fontkit
 * looks up at the end of every layout), which creates exactly the glyphs a fresh layout would, with
 * the same characters; only then are the shared decodings copied in. A word whose shaping substituted
 * glyphs (a ligature: its characters would come from other glyph objects) is never kept, nor one whose
 * glyph objects stand for characters that shape differently in this document (see shapesAsOwn).
 */
function shareShaping(font: Font): void {
  const layout = font.layout.bind(font);
  const getGlyph = font.getGlyph.bind(font);
  const shaped = new Map<string, Shaped | null>();
  const decoded = new Map<number, Glyph>();

  font.getGlyph = (id, codePoints) => {
    const existing = font._glyphs[id];
    if (existing) return existing;
    const glyph = getGlyph(id, codePoints);
    const template = decoded.get(id);
    if (template) copyDecodings(template, glyph);
    else if (glyph) decoded.set(id, glyph);
    return glyph;
  };

  font.layout = (text: string, ...rest: unknown[]): Run => {
    // pdfkit passes features only when a document asks for them; those runs are not shared.
    if (typeof text !== 'string' || rest.some((r) => r !== undefined)) return layout(text, ...rest);
    const known = shaped.get(text);
    if (known === null) return layout(text);
    // Creates this document's glyph objects for the word, as the layout itself would first do.
    const own = font.glyphsForString(text);
    if (!shapesAsOwn(text, own)) return layout(text);
    if (known) {
      font.glyphForCodePoint(0x20);
      const glyphs = known.ids.map((id) => font.getGlyph(id));
      const positions = known.positions.map(([xAdvance, yAdvance, xOffset, yOffset]) => ({ xAdvance, yAdvance, xOffset, yOffset }));
      return new SharedRun(glyphs, positions);
    }
    const base = own.map((g) => g.id);
    const run = layout(text);
    const space = font.glyphForCodePoint(0x20).id;
    const ids = run.glyphs.map((g) => g.id);
    // Same glyphs as the characters' own (fontkit swaps ignorables for the space glyph): nothing substituted.
    const plain = ids.length === base.length && ids.every((id, i) => id === base[i] || id === space);
    // A bound for long batch runs: a few thousand distinct words make up most documents.
    if (shaped.size >= MAX_WORDS) shaped.clear();
    shaped.set(text, plain ? { ids, positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset] as const) } : null);
    return run;
  };
}

/**
 * Characters whose identity fontkit's shaping reads from the glyph objects: default ignorables
 * (hidden), marks (positioned on their base when the font has no mark classes), the fraction slash.
 */
const SHAPING_CHARACTER = /[\p{Default_Ignorable_Code_Point}\p{M}\u2044]/u;

/**
 * Whether each glyph object of the word is laid out as the word's own character would be. fontkit
 * shapes from the characters stored on a document's glyph objects, not from the text: once a
 * document has used U+00AD (a soft hyphen, drawn with the hyphen's glyph), every "-" after it in that
 * document is laid out as an invisible character. Such a layout depends on the document, so it is
 * neither kept nor reused. A glyph standing for another ordinary character (U+00A0 for the space,
 * which the typography passes put in dates) shapes the same and does not count.
 */
function shapesAsOwn(text: string, glyphs: readonly Glyph[]): boolean {
  let i = 0;
  for (const ch of text) {
    const cps = glyphs[i++]?.codePoints;
    // A variation selector joins the glyph before it: such words are simply not kept.
    if (cps?.length !== 1) return false;
    if (cps[0] !== ch.codePointAt(0) && (SHAPING_CHARACTER.test(ch) || SHAPING_CHARACTER.test(String.fromCodePoint(cps[0]!)))) return false;
  }
  return i === glyphs.length;
}

/** Copies fontkit's memoised decodings of a glyph into another glyph object for the same id. */
function copyDecodings(from: Glyph, to: Glyph): void {
  for (const key of DOCUMENT_FREE) {
    const d = Object.getOwnPropertyDescriptor(from, key);
    if (d && 'value' in d) Object.defineProperty(to, key, d);
  }
}
