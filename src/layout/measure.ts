// Text measurement with the Tinos fonts from fonts/ (metric-compatible with Times New Roman), so the
// rules under the header elements are sized from the text they underline, the same way in every
// renderer. Fonts are parsed once per process, on first use (parsing four TTFs costs ~100 ms).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { assetPath } from '../host/paths.js';
import type { TextStyle } from './profiles.js';
import { pt, toPt, type Length } from './units.js';

export type FontVariant = 'normal' | 'bold' | 'italics' | 'bolditalics';

/** The family name the PDF renderer registers the Tinos files under. */
export const PDF_FONT_FAMILY = 'Tinos';

const FONT_FILES: Readonly<Record<FontVariant, string>> = {
  normal: 'Tinos-Regular.ttf',
  bold: 'Tinos-Bold.ttf',
  italics: 'Tinos-Italic.ttf',
  bolditalics: 'Tinos-BoldItalic.ttf',
};

// fontkit ships no type declarations; this is the little of its API used here.
interface GlyphRun {
  readonly advanceWidth: number;
}
interface FontkitFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  layout(text: string): GlyphRun;
  hasGlyphForCodePoint(codePoint: number): boolean;
}
interface Fontkit {
  openSync(path: string): FontkitFont;
}

/** fonts/ under the package root (found from src/ and dist/ alike). */
export function fontsDir(): string {
  return assetPath('fonts');
}

export function fontFile(variant: FontVariant): string {
  return join(fontsDir(), FONT_FILES[variant]);
}

export function variantOf(style: { readonly bold?: boolean; readonly italic?: boolean }): FontVariant {
  if (style.bold) return style.italic ? 'bolditalics' : 'bold';
  return style.italic ? 'italics' : 'normal';
}

const fonts = new Map<FontVariant, FontkitFont>();

function font(variant: FontVariant): FontkitFont {
  let f = fonts.get(variant);
  if (!f) {
    const fontkit = createRequire(import.meta.url)('fontkit') as Fontkit;
    f = fontkit.openSync(fontFile(variant));
    fonts.set(variant, f);
  }
  return f;
}

/** Shaped advance of each word, per variant, in font units: shaping (GSUB/GPOS) is the costly part. */
const wordUnits = new Map<FontVariant, Map<string, number>>();
const MAX_WORDS = 20_000;

function unitsOf(variant: FontVariant, word: string): number {
  let cache = wordUnits.get(variant);
  if (!cache) wordUnits.set(variant, (cache = new Map()));
  let units = cache.get(word);
  if (units === undefined) {
    if (cache.size >= MAX_WORDS) cache.clear();
    units = font(variant).layout(word).advanceWidth;
    cache.set(word, units);
  }
  return units;
}

/**
 * Advance width of `text` set in `style` (size, bold, italic), as a Length. Words are shaped once
 * each (kerning inside a word included) and joined by the space's advance: the line-breaking search
 * of the frame measures the same words many times over.
 */
export function measureText(text: string, style: Pick<TextStyle, 'size' | 'bold' | 'italic'>): Length {
  const variant = variantOf(style);
  const f = font(variant);
  const words = text.normalize('NFC').split(' ');
  let units = (words.length - 1) * unitsOf(variant, ' ');
  for (const w of words) if (w !== '') units += unitsOf(variant, w);
  return pt((units / f.unitsPerEm) * toPt(style.size));
}

/** Vertical metrics of a face, as fractions of the font size. */
export interface FaceMetrics {
  readonly ascent: number;
  /** Negative, as in the font. */
  readonly descent: number;
  readonly lineGap: number;
}

export function faceMetrics(variant: FontVariant = 'normal'): FaceMetrics {
  const f = font(variant);
  return { ascent: f.ascent / f.unitsPerEm, descent: f.descent / f.unitsPerEm, lineGap: f.lineGap / f.unitsPerEm };
}

const VARIANTS: readonly FontVariant[] = ['normal', 'bold', 'italics', 'bolditalics'];
const coverage = new Map<number, boolean>();

/** Whether every embedded face draws this code point (a missing glyph silently vanishes from the PDF). */
export function fontsCover(codePoint: number): boolean {
  let ok = coverage.get(codePoint);
  if (ok === undefined) {
    ok = VARIANTS.every((v) => font(v).hasGlyphForCodePoint(codePoint));
    coverage.set(codePoint, ok);
  }
  return ok;
}
