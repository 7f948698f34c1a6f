// DOCX renderer on the sample models: page setup, named styles, header/footer, determinism, and
// the problems it reports instead of dropping content. Needs no external tool.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Block, DocumentModel } from '../../src/document/model.js';
import { PROFILES } from '../../src/layout/profiles.js';
import { toTwip } from '../../src/layout/units.js';
import { renderDocx } from '../../src/render/index.js';
import { docxParts, docxXml } from '../helpers/docx.js';
import { MODELS } from './fixtures.js';

const ids = ['nd30', 'hd36'] as const;

describe.each(ids)('DOCX %s', (id) => {
  const profile = PROFILES[id];
  const model = MODELS[id];
  const rendered = renderDocx(model, profile);

  it('is A4 with the profile margins, a different first page and a PAGE field from page 2', async () => {
    const bytes = await rendered;
    const doc = docxXml(bytes);
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
    const m = profile.page.margin;
    const pgMar = /<w:pgMar [^>]*\/>/.exec(doc)?.[0] ?? '';
    expect(pgMar).toContain(`w:top="${toTwip(m.top)}"`);
    expect(pgMar).toContain(`w:bottom="${toTwip(m.bottom)}"`);
    expect(pgMar).toContain(`w:left="${toTwip(m.left)}"`);
    expect(pgMar).toContain(`w:right="${toTwip(m.right)}"`);
    expect(pgMar).toContain(`w:header="${toTwip(profile.page.headerDistance)}"`);
    expect(doc).toContain('<w:titlePg/>');
    // The default header holds the PAGE field; the first-page header is empty.
    const headers = docxParts(bytes).filter((p) => /^word\/header\d+\.xml$/.test(p)).map((p) => docxXml(bytes, p));
    expect(headers.filter((h) => h.includes('PAGE'))).toHaveLength(1);
    expect(headers.some((h) => !h.includes('PAGE') && !h.includes('<w:t'))).toBe(true);
  });

  it('styles every body paragraph through a named style defined in Times New Roman', async () => {
    const bytes = await rendered;
    const doc = docxXml(bytes);
    const styles = docxXml(bytes, 'word/styles.xml');
    const body = doc.slice(doc.indexOf('<w:body>'));
    const paragraphs = body.match(/<w:p>|<w:p [^>]*>/g) ?? [];
    const styled = body.match(/<w:pStyle w:val="[^"]+"\/>/g) ?? [];
    expect(paragraphs.length).toBeGreaterThan(50);
    // Every paragraph but the empty placeholders of empty table cells names its style.
    expect(styled.length).toBeGreaterThanOrEqual(paragraphs.length - 2);
    for (const used of new Set(styled.map((s) => /w:val="([^"]+)"/.exec(s)![1]!))) {
      expect(styles, `style ${used} defined`).toContain(`w:styleId="${used}"`);
    }
    for (const needed of ['Normal', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'BaocaoIssuer', 'BaocaoRecipient', 'BaocaoListItem']) {
      expect(body + styles).toContain(`"${needed}"`);
    }
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="BaocaoIssuer"[^>]*>.*?<w:name w:val="Baocao – Cơ quan ban hành"\/>/s);
    // Body: exact line spacing and first-line indent from the profile.
    const normal = /<w:style w:type="paragraph" w:styleId="Normal".*?<\/w:style>/s.exec(styles)?.[0] ?? '';
    expect(normal).toContain(`w:line="${toTwip(profile.lineSpacing)}" w:lineRule="exact"`);
    expect(normal).toContain(`w:firstLine="${toTwip(profile.elements.body.firstLineIndent!)}"`);
    expect(normal).toContain('<w:jc w:val="both"/>');
  });

  it('lays out the header and signature as fixed-width borderless tables', async () => {
    const doc = docxXml(await rendered);
    expect((doc.match(/<w:tblLayout w:type="fixed"\/>/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(doc).toMatch(/<w:gridCol w:w="\d+"\/>/);
    // Rules are paragraph bottom borders, never character underlines.
    expect(doc).toContain('<w:pBdr><w:bottom w:val="single"');
  });

  it('writes core properties from meta and nothing random', async () => {
    const bytes = await rendered;
    const core = docxXml(bytes, 'docProps/core.xml');
    expect(core).toContain(`<dc:title>${model.meta.title}</dc:title>`);
    expect(core).toContain(`<dc:creator>${model.meta.author}</dc:creator>`);
    expect(core).toContain(`<cp:lastModifiedBy>${model.meta.author}</cp:lastModifiedBy>`);
    const when = new Date(model.meta.created).toISOString().replace('.000', '');
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`);
  });

  it('is byte-identical across renders and time zones', async () => {
    const first = await rendered;
    const tz = process.env.TZ;
    try {
      for (const zone of ['UTC', 'Asia/Ho_Chi_Minh', 'America/New_York']) {
        process.env.TZ = zone;
        expect(Buffer.from(await renderDocx(model, profile)).equals(Buffer.from(first)), zone).toBe(true);
      }
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});

describe('DOCX content rules', () => {
  const base = MODELS.nd30;
  const profile = PROFILES.nd30;
  const withBody = (body: Block[]): DocumentModel => ({ ...base, body });

  it('normalises text to NFC', async () => {
    const nfd = 'Tiếp tục lãnh đạo thực hiện'.normalize('NFD');
    const doc = docxXml(await renderDocx(withBody([{ kind: 'paragraph', content: [{ kind: 'text', text: nfd }] }]), profile));
    expect(doc).toContain(nfd.normalize('NFC'));
    expect(doc).not.toContain(nfd);
  });

  it('prints the heading label and upper-cases titles only where the profile says', async () => {
    const doc = docxXml(
      await renderDocx(
        withBody([
          { kind: 'heading', level: 1, label: 'Phần thứ nhất', content: [{ kind: 'text', text: 'Kết quả đạt được' }] },
          { kind: 'heading', level: 3, label: '1.', content: [{ kind: 'text', text: 'Công tác lãnh đạo' }] },
        ]),
        profile,
      ),
    );
    expect(doc).toMatch(/Phần thứ nhất<\/w:t><\/w:r><w:r><w:br\/><\/w:r><w:r><w:t[^>]*>KẾT QUẢ ĐẠT ĐƯỢC/);
    expect(doc).toContain('>1. </w:t>');
    expect(doc).toContain('>Công tác lãnh đạo<');
  });

  it('reports a block it cannot lay out instead of dropping it silently', async () => {
    const odd = withBody([{ kind: 'figure' } as unknown as Block, { kind: 'paragraph', content: [{ kind: 'text', text: 'Còn lại' }] }]);
    const seen: Diagnostic[] = [];
    const doc = docxXml(await renderDocx(odd, profile, { report: (d) => seen.push(d), file: 'x.yaml' }));
    expect(seen.map((d) => [d.ruleId, d.stage, d.file])).toEqual([['render/unknown-block', 'render', 'x.yaml']]);
    expect(seen[0]!.message.vi).toContain('figure');
    expect(doc).toContain('Còn lại');
    await expect(renderDocx(odd, profile)).rejects.toThrow(/figure/);
  });
});
