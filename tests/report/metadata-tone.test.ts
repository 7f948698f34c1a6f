// Issue 9, item 5: a document's metadata (title, subject, author) reads in the same tone style as
// its body — a Party record writes "Đảng ủy" but its HD 36 document says "Đảng uỷ" everywhere, the
// PDF's Info and the DOCX's core properties included — and holds no no-break spaces.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveToneStyle } from '../../src/compose/build.js';
import { profileIdOf } from '../../src/record/profile.js';
import { nodeHost } from '../../src/host/host.js';
import { PROFILES } from '../../src/layout/profiles.js';
import { buildRecord } from '../../src/pipeline/build-record.js';
import { loadRecord } from '../../src/record/index.js';
import { TemplateEngine } from '../../src/template/engine.js';
import { detectToneStyles } from '../../src/typography/tone.js';
import { docxXml } from '../helpers/docx.js';
import { tempDir } from '../helpers/files.js';
import { pdfInfo } from '../helpers/pdf.js';
import { missingTools } from '../helpers/tools.js';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const records = readdirSync(DATA).filter((f) => f.endsWith('.yaml')).sort();
const engine = new TemplateEngine();
const skip = missingTools('pdfinfo');

describe.skipIf(skip !== undefined).each(records)(`metadata of %s ${skip ?? ''}`, (file) => {
  it('is in the document tone style, in the PDF and the DOCX', async () => {
    const { record } = await loadRecord(nodeHost, join(DATA, file));
    const style = resolveToneStyle(record!, PROFILES[profileIdOf(record!)]);
    const r = await buildRecord(nodeHost, join(DATA, file), { outDir: tempDir(), formats: ['docx', 'pdf'], engine });
    const info = await pdfInfo(r.written.find((w) => w.path.endsWith('.pdf'))!.path);
    const core = docxXml(readFileSync(r.written.find((w) => w.path.endsWith('.docx'))!.path), 'docProps/core.xml');
    const fields = {
      'PDF Title': info['Title'] ?? '',
      'PDF Subject': info['Subject'] ?? '',
      'PDF Author': info['Author'] ?? '',
      'DOCX title': /<dc:title>([^<]*)</.exec(core)?.[1] ?? '',
      'DOCX creator': /<dc:creator>([^<]*)</.exec(core)?.[1] ?? '',
    };
    for (const [name, text] of Object.entries(fields)) {
      expect(text, name).not.toBe('');
      expect(text, name).not.toContain('\u00A0');
      if (style !== 'preserve') expect(detectToneStyles(text).filter((o) => o.style !== style).map((o) => o.word), `${name}: ${text}`).toEqual([]);
    }
  });
});
