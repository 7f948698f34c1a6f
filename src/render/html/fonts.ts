// Tinos for the HTML output, from fonts/ like the PDF's: inlined as data: URLs by default, so the
// file opens from disk with no folder beside it; or linked under a base URL (the watch server serves
// fonts/ there, so a reload does not carry 2 MB of fonts each time).
import { readFileSync } from 'node:fs';
import { fontFile, PDF_FONT_FAMILY, type FontVariant } from '../../layout/measure.js';

const FACES: readonly { readonly variant: FontVariant; readonly weight: 'normal' | 'bold'; readonly style: 'normal' | 'italic' }[] = [
  { variant: 'normal', weight: 'normal', style: 'normal' },
  { variant: 'bold', weight: 'bold', style: 'normal' },
  { variant: 'italics', weight: 'normal', style: 'italic' },
  { variant: 'bolditalics', weight: 'bold', style: 'italic' },
];

/** The CSS family name; the same face the PDF embeds. */
export const HTML_FONT_FAMILY = PDF_FONT_FAMILY;

const dataUrls = new Map<FontVariant, string>();

// Read and encoded once per process: a batch or a watch session renders many documents.
function dataUrl(variant: FontVariant): string {
  let url = dataUrls.get(variant);
  if (url === undefined) {
    url = `data:font/ttf;base64,${readFileSync(fontFile(variant)).toString('base64')}`;
    dataUrls.set(variant, url);
  }
  return url;
}

/** File name of a face under fonts/ (what a `fontBase` URL must serve). */
export function fontFileName(variant: FontVariant): string {
  return fontFile(variant).split(/[\\/]/).pop()!;
}

/** @font-face rules for the four Tinos faces; `fontBase` links them instead of inlining. */
export function fontFaces(fontBase?: string): string {
  return FACES.map(({ variant, weight, style }) => {
    const src = fontBase === undefined ? dataUrl(variant) : `${fontBase.replace(/\/?$/, '/')}${encodeURIComponent(fontFileName(variant))}`;
    return `@font-face{font-family:"${HTML_FONT_FAMILY}";font-weight:${weight};font-style:${style};src:url("${src}") format("truetype");}`;
  }).join('\n');
}
