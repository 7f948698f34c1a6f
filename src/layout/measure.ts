// Text measurement with the Tinos fonts from fonts/ (metric-compatible with Times New Roman), so the
// rules under the header elements are sized from the text they underline, the same way in every
// renderer. The usual characters are measured from tables generated from the fonts
// (font-metrics.generated.ts: shaped advances and kerning pairs, checked against fontkit by
// tests/render/font-metrics.test.ts), so a DOCX-only run never loads fontkit; a word with any other
// character is shaped by fontkit, whose fonts are parsed once per process, on first such word.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { assetPath } from '../host/paths.js';
import { COVERED, FACES, TABLE_CHARS, UNITS_PER_EM } from './font-metrics.generated.js';
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
  layout(text: string): GlyphRun;
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

const tableIndex = new Map<string, number>();
for (let i = 0; i < TABLE_CHARS.length; i++) tableIndex.set(TABLE_CHARS[i]!, i);

/** The word's advance summed from the tables (kerning between neighbours included), or undefined when a character is not in them. */
function tableUnits(variant: FontVariant, word: string): number | undefined {
  const face = FACES[variant];
  let units = 0;
  let prev = '';
  for (const ch of word) {
    const i = tableIndex.get(ch);
    if (i === undefined) return undefined;
    units += face.advances[i]!;
    if (prev !== '') units += face.kerning[prev + ch] ?? 0;
    prev = ch;
  }
  return units;
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
    units = tableUnits(variant, word) ?? font(variant).layout(word).advanceWidth;
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
  const words = text.normalize('NFC').split(' ');
  let units = (words.length - 1) * unitsOf(variant, ' ');
  for (const w of words) if (w !== '') units += unitsOf(variant, w);
  return pt((units / UNITS_PER_EM) * toPt(style.size));
}

/** Vertical metrics of a face, as fractions of the font size. */
export interface FaceMetrics {
  readonly ascent: number;
  /** Negative, as in the font. */
  readonly descent: number;
  readonly lineGap: number;
}

export function faceMetrics(variant: FontVariant = 'normal'): FaceMetrics {
  const f = FACES[variant];
  return { ascent: f.ascent / UNITS_PER_EM, descent: f.descent / UNITS_PER_EM, lineGap: f.lineGap / UNITS_PER_EM };
}

/** Whether every embedded face draws this code point (a missing glyph silently vanishes from the PDF). */
export function fontsCover(codePoint: number): boolean {
  let lo = 0;
  let hi = COVERED.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = COVERED[mid]!;
    if (codePoint < first) hi = mid - 1;
    else if (codePoint > last) lo = mid + 1;
    else return true;
  }
  return false;
}
