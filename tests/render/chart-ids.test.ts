// The random relationship ids docx gives chart parts are renumbered whatever characters they hold:
// one ending in "-" (one id in 64) once stayed random, so a summary's DOCX (and an archive's zip)
// changed from run to run.
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { stableChartParts } from '../../src/render/docx/package.js';

function packageWith(id: string): Uint8Array {
  return zipSync({
    'word/_rels/document.xml.rels': strToU8(`<Relationships><Relationship Id="${id}" Target="charts/chart1.xml"/></Relationships>`),
    'word/document.xml': strToU8(`<w:document><c:chart r:id="${id}"/></w:document>`),
  });
}

describe('stableChartParts', () => {
  for (const id of ['rIdabcdefghij0123456789-', 'rId-abcdefghij012345678_', 'rIdabcdefghij0123456789a']) {
    it(`renumbers ${id}`, () => {
      const parts = unzipSync(stableChartParts(packageWith(id)));
      const rels = strFromU8(parts['word/_rels/document.xml.rels']!);
      const doc = strFromU8(parts['word/document.xml']!);
      expect(rels).toContain('Id="rIdChart1"');
      expect(doc).toContain('r:id="rIdChart1"');
      expect(rels + doc).not.toContain(id);
    });
  }
});
