// Reproducible packaging. docx stamps docProps/core.xml with the clock (milliseconds included) and
// zips with the current local time, so two renders differ. Core properties come from the model's
// meta instead, and the zip is rewritten with a fixed entry time so the bytes are the same on any
// machine, in any time zone, at any hour.
import { unzipSync, zipSync } from 'fflate';
import type { DocumentMeta } from '../../document/model.js';
import { nfc } from '../common.js';

const escapeXml = (s: string): string =>
  nfc(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** W3CDTF without milliseconds, in UTC: the form Word itself writes. */
export function w3cdtf(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`baocao: meta.created is not an ISO 8601 instant: ${iso}`);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function coreXml(meta: DocumentMeta): string {
  const when = w3cdtf(meta.created);
  const el = (tag: string, value: string | undefined): string =>
    value === undefined || value === '' ? '' : `<${tag}>${escapeXml(value)}</${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', meta.title) +
    el('dc:subject', meta.subject) +
    el('dc:creator', meta.author) +
    el('cp:keywords', meta.keywords?.join(', ')) +
    el('dc:language', meta.language) +
    el('cp:lastModifiedBy', meta.author) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * Zip entry times are DOS local-time fields. A Date built from local components (1980-01-01, the
 * DOS epoch) at zip time writes the same fields whatever the time zone; built once at load, it
 * would drift if TZ changed in between.
 */
export function rezip(packed: Uint8Array): Uint8Array {
  const entries = unzipSync(packed);
  return zipSync(entries, { mtime: new Date(1980, 0, 1), level: 6 });
}
