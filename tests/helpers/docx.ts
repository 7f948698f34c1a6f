// DOCX inspection: parts of the package as text, and conversion to PDF with LibreOffice.
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { tool } from './tools.js';

/** One part of a DOCX package (default word/document.xml) as a string. */
export function docxXml(docx: Uint8Array, part = 'word/document.xml'): string {
  const entries = unzipSync(docx, { filter: (f) => f.name === part });
  const data = entries[part];
  if (!data) throw new Error(`no part ${part} in the package`);
  return strFromU8(data);
}

/** Names of all parts, in zip order. */
export function docxParts(docx: Uint8Array): string[] {
  return Object.keys(unzipSync(docx));
}

let profile: string | undefined;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Converts a DOCX file to PDF with LibreOffice (`soffice --headless --convert-to pdf`) next to
 * it, and returns the PDF's path. Each test process gets its own LibreOffice profile (two
 * soffice processes on one profile lock each other out), and conversions in one process run one
 * at a time.
 */
export function convertDocxToPdf(docxPath: string, outDir = dirname(docxPath)): Promise<string> {
  profile ??= mkdtempSync(join(tmpdir(), 'baocao-lo-profile-'));
  const job = queue.then(async () => {
    await tool(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile!).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, docxPath],
      { timeout: 120_000 },
    );
    const pdf = join(outDir, basename(docxPath).replace(/\.docx$/i, '') + '.pdf');
    if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${docxPath}`);
    return pdf;
  });
  queue = job.catch(() => undefined);
  return job;
}
