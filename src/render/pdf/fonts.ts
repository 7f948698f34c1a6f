// pdfmake 0.3's server API is a singleton with module-global fonts and access policies: set them
// once per process. Both policies are set — without them pdfmake warns on every document, and
// they keep a document definition from reading anything but the Tinos files. Justification is
// also fixed here, once (see justify.ts).
import { resolve, sep } from 'node:path';
import pdfmake from 'pdfmake';
import { PDF_FONT_FAMILY, fontFile, fontsDir } from '../../layout/measure.js';
import { justifyAtSpacesOnly } from './justify.js';

let ready = false;

export function pdfmakeReady(): typeof pdfmake {
  if (ready) return pdfmake;
  pdfmake.addFonts({
    [PDF_FONT_FAMILY]: {
      normal: fontFile('normal'),
      bold: fontFile('bold'),
      italics: fontFile('italics'),
      bolditalics: fontFile('bolditalics'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  const dir = resolve(fontsDir()) + sep;
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(dir));
  justifyAtSpacesOnly();
  ready = true;
  return pdfmake;
}
