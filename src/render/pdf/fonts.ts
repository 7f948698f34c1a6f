// pdfmake 0.3's server API is a singleton with module-global fonts and access policies: set them
// once per process. Both policies are set — without them pdfmake warns on every document, and
// they keep a document definition from reading any file at all: the four Tinos files are read once
// into pdfmake's virtual file system, which also lets the font cache (font-cache.ts, imported first
// so it is in place before pdfkit loads) recognise the same buffers in every document.
// Justification is also fixed here, once (see justify.ts).
import './font-cache.js';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import pdfmake from 'pdfmake';
import { PDF_FONT_FAMILY, fontFile, type FontVariant } from '../../layout/measure.js';
import { justifyAtSpacesOnly } from './justify.js';

let ready = false;

/** pdfmake's virtual file system; present at run time in 0.3, missing from @types/pdfmake 0.3.3. */
const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } }).virtualfs;

const VARIANTS: readonly FontVariant[] = ['normal', 'bold', 'italics', 'bolditalics'];

export function pdfmakeReady(): typeof pdfmake {
  if (ready) return pdfmake;
  const files = Object.fromEntries(
    VARIANTS.map((v) => {
      const name = basename(fontFile(v));
      vfs.writeFileSync(name, readFileSync(fontFile(v)));
      return [v, name];
    }),
  );
  pdfmake.addFonts({ [PDF_FONT_FAMILY]: files as Record<FontVariant, string> });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  justifyAtSpacesOnly();
  ready = true;
  return pdfmake;
}
