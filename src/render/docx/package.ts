// Reproducible packaging. docx stamps docProps/core.xml with the clock (milliseconds included) and
// zips with the current local time, so two renders differ. Core properties come from the model's
// meta instead, and the zip entries get a fixed time so the bytes are the same on any
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

/** DOS date of 1980-01-01 (the DOS epoch), time 00:00:00: the same fields in every time zone. */
const DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1;
const DOS_TIME_MIDNIGHT = 0;

/**
 * Zip entry times are DOS local-time fields that docx fills from the clock. They are overwritten in
 * place, in each local header and in the central directory, rather than by unzipping and zipping
 * again: that second deflate of every part cost more than the whole of the rest of a DOCX render.
 * The rest of the archive (CRCs, sizes, compressed data) does not depend on the time.
 */
export function rezip(packed: Uint8Array): Uint8Array {
  const out = new Uint8Array(packed);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  // End of central directory: 22 bytes, plus a comment of at most 65535 bytes.
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('baocao: the DOCX package has no zip central directory');
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('baocao: malformed zip central directory in the DOCX package');
    view.setUint16(at + 12, DOS_TIME_MIDNIGHT, true);
    view.setUint16(at + 14, DOS_DATE_1980, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('baocao: malformed zip local header in the DOCX package');
    view.setUint16(local + 10, DOS_TIME_MIDNIGHT, true);
    view.setUint16(local + 12, DOS_DATE_1980, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/**
 * A relationship id docx draws from nanoid (chart parts): 21 random characters after "rId", from an
 * alphabet with "-" in it. Bounded by lookarounds, not \b: an id ending in "-" has no word boundary
 * before its closing quote, and one in 64 stayed random.
 */
const RANDOM_REL_ID = /(?<![0-9A-Za-z_-])rId[0-9a-z_-]{21}(?![0-9A-Za-z_-])/g;

/**
 * A document with charts carries what docx leaves to chance: random relationship ids between the
 * document, the chart part and its embedded workbook, a drawing id from a counter shared by every
 * document the process renders, and the workbook's own zip clock. Each becomes a function of the
 * document alone (ids numbered in package order, drawings from 1, the workbook's times fixed), so
 * a summary is the same bytes in any run, batch or worker. Only documents with a chart pay for
 * unpacking and packing again.
 */
export function stableChartParts(packed: Uint8Array): Uint8Array {
  const parts = unzipSync(packed);
  const ids = new Map<string, string>();
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  for (const name of Object.keys(parts)) {
    if (name.endsWith('.xlsx')) {
      parts[name] = new Uint8Array(rezip(parts[name]!));
      continue;
    }
    if (!/\.(xml|rels)$/.test(name)) continue;
    let xml = decoder.decode(parts[name]);
    xml = xml.replace(RANDOM_REL_ID, (id) => {
      let stable = ids.get(id);
      if (stable === undefined) ids.set(id, (stable = `rIdChart${ids.size + 1}`));
      return stable;
    });
    if (name === 'word/document.xml') {
      let n = 0;
      xml = xml.replace(/(<wp:docPr id=")\d+/g, (_, open: string) => `${open}${++n}`);
    }
    parts[name] = encoder.encode(xml);
  }
  return rezip(zipSync(parts));
}
