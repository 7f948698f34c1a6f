// `--attach-source`: the record's YAML inside its PDF as a PDF/A-3 associated file. Checked with
// the structural tools available here (veraPDF is not; README "CI" says how to run it where it is):
// qpdf --check, the catalog's /AF and EmbeddedFiles read from qpdf's JSON, the attachment's bytes
// read back, the XMP packet parsed and compared with the Info dictionary, fonts and output intent.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// xmldoc is pdfmake's own XML parser (strict sax underneath), pinned with pdfmake: no new dependency for a test.
import { XmlDocument } from 'xmldoc';
import { buildDocument } from '../../src/compose/build.js';
import { nodeHost } from '../../src/host/host.js';
import { PROFILES } from '../../src/layout/profiles.js';
import { loadRecord } from '../../src/record/index.js';
import { profileIdOf } from '../../src/record/profile.js';
import { renderPdf, SOURCE_DESCRIPTION } from '../../src/render/pdf/index.js';
import { TemplateEngine } from '../../src/template/engine.js';
import { asFile } from '../helpers/files.js';
import { pdfFonts, pdfInfo, qpdfCheck } from '../helpers/pdf.js';
import { missingTools, tool } from '../helpers/tools.js';

const RECORD = 'data/2023-08-22-dien-bien-so-ket-quy-che-phoi-hop.yaml';
const NAME = '2023-08-22-dien-bien-so-ket-quy-che-phoi-hop.yaml';

const built = (async () => {
  const loaded = await loadRecord(nodeHost, RECORD);
  const record = loaded.record!;
  const profile = PROFILES[profileIdOf(record)];
  const doc = record.documents!.find((d) => d.kind === 'bao-cao')!;
  const model = buildDocument(record, doc, profile, new TemplateEngine()).model!;
  const source = readFileSync(RECORD, 'utf8');
  const plain = await renderPdf(model, profile);
  const attached = await renderPdf(model, profile, { attachSource: { name: NAME, content: source } });
  return { model, profile, source, plain, attached };
})();

type Json = Record<string, unknown>;
/** The PDF's objects as qpdf's JSON (v2) gives them, and a resolver for "N 0 R" references. */
async function objects(pdf: Uint8Array) {
  const json = JSON.parse(await tool('qpdf', ['--json=2', '--json-key=qpdf', '--json-stream-data=none', asFile(pdf, '.pdf')])) as { qpdf: [Json, Record<string, Json>] };
  const all = json.qpdf[1];
  const get = (ref: unknown): Json => {
    // A direct dictionary stands in place of its reference.
    if (typeof ref === 'object' && ref !== null) return ref as Json;
    const o = all[`obj:${String(ref)}`]!;
    return (o.value ?? (o.stream as Json).dict) as Json;
  };
  const trailer = all['trailer']!.value as Json;
  return { get, catalog: get(trailer['/Root']) };
}

/** The XMP packet (uncompressed, as pdfkit writes it). */
function xmp(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString('utf8');
  return raw.slice(raw.indexOf('<x:xmpmeta'), raw.indexOf('</x:xmpmeta>') + '</x:xmpmeta>'.length);
}

/** A property of the XMP's rdf:Description, by qualified name; rdf:Alt/Seq take their first item. */
function xmpValue(doc: XmlDocument, name: string): string | undefined {
  const hit = doc.descendantWithPath('rdf:RDF')?.childrenNamed('rdf:Description').map((d) => d.childNamed(name)).find(Boolean);
  if (!hit) return undefined;
  const item = hit.descendantWithPath('rdf:Alt.rdf:li') ?? hit.descendantWithPath('rdf:Seq.rdf:li') ?? hit;
  return item.val;
}

describe('without the option', () => {
  it('the PDF stays PDF/A-2b with nothing embedded', async () => {
    const { plain } = await built;
    const text = Buffer.from(plain).toString('latin1');
    expect(text).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(text).not.toMatch(/\/EmbeddedFiles|\/AFRelationship|\/AF\b/);
  });
});

describe('a media type pdfkit cannot carry', () => {
  it('is refused rather than cut short at its parameter', async () => {
    const { model, profile, source } = await built;
    await expect(renderPdf(model, profile, { attachSource: { name: NAME, content: source, mediaType: 'text/plain; charset=utf-8' } })).rejects.toThrow(/not a bare media type/);
  });
});

const skip = missingTools('qpdf', 'pdfinfo', 'pdffonts');
describe.skipIf(skip !== undefined)(`with --attach-source ${skip ?? ''}`, () => {
  it('passes qpdf --check and carries the record byte for byte as its Source associated file', async () => {
    const { attached, source } = await built;
    expect(await qpdfCheck(attached)).toMatch(/No syntax or stream encoding errors found/);
    const file = asFile(attached, '.pdf');
    expect(await tool('qpdf', ['--list-attachments', file])).toContain(NAME);
    expect(await tool('qpdf', [`--show-attachment=${NAME}`, file])).toBe(source);

    const { get, catalog } = await objects(attached);
    const af = catalog['/AF'] as string[];
    expect(af).toHaveLength(1);
    const spec = get(af[0]);
    expect(spec['/Type']).toBe('/Filespec');
    expect(spec['/AFRelationship']).toBe('/Source');
    expect(spec['/F']).toBe(`u:${NAME}`);
    expect(spec['/UF']).toBe(`u:${NAME}`);
    expect(spec['/Desc']).toBe(`u:${SOURCE_DESCRIPTION}`);
    // The same Filespec is named in the EmbeddedFiles tree, and its stream says its media type.
    const tree = get((get(catalog['/Names']) as Json)['/EmbeddedFiles']);
    expect(tree['/Names']).toEqual([`u:${NAME}`, af[0]]);
    const stream = get(((spec['/EF'] as Json)['/F']) as string);
    expect(stream['/Type']).toBe('/EmbeddedFile');
    expect(stream['/Subtype']).toBe('/application/yaml');
    // As written in the file: the solidus of a media type is escaped inside a PDF name.
    expect(Buffer.from(attached).toString('latin1')).toContain('/Subtype /application#2Fyaml');
    const params = stream['/Params'] as Json;
    expect(params['/Size']).toBe(Buffer.byteLength(source));
    // Dated like the document (meta.created), never by the clock.
    expect(params['/ModDate']).toBe('u:D:20230822000000Z');
  });

  it('claims PDF/A-3b in a well-formed XMP that matches the Info dictionary, fonts embedded, an sRGB output intent', async () => {
    const { attached, model } = await built;
    const packet = xmp(attached);
    const doc = new XmlDocument(packet);
    expect(xmpValue(doc, 'pdfaid:part')).toBe('3');
    expect(xmpValue(doc, 'pdfaid:conformance')).toBe('B');
    const info = await pdfInfo(attached);
    expect(info['Title']).toBe(xmpValue(doc, 'dc:title'));
    expect(info['Author']).toBe(xmpValue(doc, 'dc:creator'));
    expect(info['Subject']).toBe(xmpValue(doc, 'dc:description'));
    expect(info['Producer']).toBe(xmpValue(doc, 'pdf:Producer'));
    expect(info['Creator']).toBe(xmpValue(doc, 'xmp:CreatorTool'));
    expect(info['Title']).toBe(model.meta.title);
    expect(xmpValue(doc, 'xmp:CreateDate')).toMatch(/^2023-08-22T00:00:00(\.000)?Z$/);

    const fonts = await pdfFonts(attached);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);

    const { get, catalog } = await objects(attached);
    const intents = (catalog['/OutputIntents'] as string[]).map((r) => get(r));
    expect(intents.map((i) => i['/S'])).toEqual(['/GTS_PDFA1']);
    expect(intents[0]!['/DestOutputProfile']).toBeDefined();
    expect(catalog['/Metadata']).toBeDefined();
  });

  it('gives the same bytes on every render, in any time zone', async () => {
    const { attached, model, profile, source } = await built;
    const again = await renderPdf(model, profile, { attachSource: { name: NAME, content: new TextEncoder().encode(source) } });
    expect(Buffer.from(again).equals(Buffer.from(attached))).toBe(true);
    // Node re-reads TZ when it is set: the dates pdfkit writes (Info, XMP, the file's Params) must not move.
    const before = process.env.TZ;
    try {
      for (const tz of ['Asia/Ho_Chi_Minh', 'America/New_York']) {
        process.env.TZ = tz;
        expect(new Date(2023, 0, 1).getTimezoneOffset()).not.toBe(0);
        const there = await renderPdf(model, profile, { attachSource: { name: NAME, content: source } });
        expect(Buffer.from(there).equals(Buffer.from(attached)), tz).toBe(true);
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
