// The HTML renderer on the hand-written models: one self-contained, script-free file whose frame is
// the shared frame plan's (the same lines and rule lengths as the DOCX and PDF), page set from the
// profile, text NFC and escaped. Browser checks (text equal to the PDF's, geometry) are in
// tests/browser/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { DocumentModel } from '../../src/document/model.js';
import { nodeHost } from '../../src/host/host.js';
import { fontFile } from '../../src/layout/measure.js';
import { PROFILES } from '../../src/layout/profiles.js';
import { buildRecord } from '../../src/pipeline/build-record.js';
import { headerPlan, signaturePlan, titlePlan } from '../../src/render/frame-plan.js';
import { htmlDocument } from '../../src/render/html/index.js';
import { cssPt } from '../../src/render/html/styles.js';
import { DEFAULT_FORMATS, RENDERER_NAMES, renderers } from '../../src/render/index.js';
import { TemplateEngine } from '../../src/template/engine.js';
import { tempDir } from '../helpers/files.js';
import { MODELS } from './fixtures.js';

/** The inner HTML of every <p class="e-{element}">, in order. */
const paragraphs = (html: string, element: string): string[] =>
  [...html.matchAll(new RegExp(`<p class="(?:[a-z]+ )?e-${element}"[^>]*>(.*?)</p>`, 'g'))].map((m) => m[1]!);

describe.each(Object.entries(MODELS))('%s model', (id, model) => {
  const profile = PROFILES[model.profile];
  const html = htmlDocument(model, profile);

  test('self-contained: the four Tinos faces inlined byte for byte, no script, no outside URL', () => {
    const faces = [...html.matchAll(/src:url\("data:font\/ttf;base64,([A-Za-z0-9+/=]+)"\)/g)].map((m) => Buffer.from(m[1]!, 'base64'));
    expect(faces).toHaveLength(4);
    const files = (['normal', 'bold', 'italics', 'bolditalics'] as const).map((v) => readFileSync(fontFile(v)));
    for (const f of files) expect(faces.some((face) => face.equals(f))).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html.replace(/data:font\/ttf;base64,[^"]+/g, '')).not.toMatch(/(?:src|href)=["']?https?:/);
  });

  test('the page is the profile: A4, its margins in @page and on the screen sheet', () => {
    const { width, height, margin: m } = profile.page;
    expect(html).toContain(`@page{size:${cssPt(width)} ${cssPt(height)};margin:${cssPt(m.top)} ${cssPt(m.right)} ${cssPt(m.bottom)} ${cssPt(m.left)};`);
    expect(html).toMatch(new RegExp(`\\.sheet\\{[^}]*padding:${cssPt(m.top)} ${cssPt(m.right)} ${cssPt(m.bottom)} ${cssPt(m.left)}`));
    // Page 1 carries no number.
    expect(html).toContain('@page:first{@top-center{content:none}}');
  });

  test('the frame is the shared plan: its lines, column widths and rule lengths', () => {
    const header = headerPlan(model.frame, profile);
    expect(html).toContain(`grid-template-columns:${header.widths.map(cssPt).join(' ')}`);
    const items = [...header.rows.flat(2), ...titlePlan(model.frame, profile), ...signaturePlan(model.frame, profile).rows.flat(2)];
    for (const item of items) {
      if (item.kind === 'text' && item.lines.length > 0) expect(paragraphs(html, item.element)).toContain(item.lines.join('<br>'));
      if (item.kind === 'mark' && item.length !== undefined) expect(html).toContain(`width:${cssPt(item.length)};`);
    }
  });

  test('every body block is there, in order, with the official list leads', () => {
    const listItems = paragraphs(html, 'listItem');
    const lists = model.body.filter((b) => b.kind === 'list');
    expect(listItems).toHaveLength(lists.reduce((n, l) => n + l.items.length, 0));
    expect(listItems[0]).toMatch(id === 'nd30' ? /^1\. / : /^- /);
    expect(html.match(/<table class="body-table">/g)).toHaveLength(model.body.filter((b) => b.kind === 'table').length);
  });
});

describe('text', () => {
  const base = MODELS.nd30;
  const withBody = (body: DocumentModel['body']): DocumentModel => ({ ...base, body });

  test('written NFC, whatever the model holds', () => {
    const nfd = 'Ủy ban nhân dân tỉnh'.normalize('NFD');
    const html = htmlDocument(withBody([{ kind: 'paragraph', content: [{ kind: 'text', text: nfd }] }]), PROFILES.nd30);
    expect(html).toContain('Ủy ban nhân dân tỉnh'.normalize('NFC'));
    expect(html).not.toContain(nfd);
  });

  test('record text is escaped, never markup', () => {
    const html = htmlDocument(withBody([{ kind: 'paragraph', content: [{ kind: 'text', text: '<script>x()</script> & "a"', bold: true }] }]), PROFILES.nd30);
    expect(html).toContain('<p class="e-body"><strong>&lt;script&gt;x()&lt;/script&gt; &amp; &quot;a&quot;</strong></p>');
    expect(html).not.toMatch(/<script/i);
  });

  test('a block it cannot lay out is a render/unknown-block diagnostic, the rest still written', () => {
    const found: Diagnostic[] = [];
    const odd = { kind: 'figure' } as unknown as DocumentModel['body'][number];
    const html = htmlDocument(withBody([odd, { kind: 'paragraph', content: [{ kind: 'text', text: 'Còn lại' }] }]), PROFILES.nd30, {
      report: (d) => found.push(d),
      file: 'x.yaml',
    });
    expect(found.map((d) => [d.ruleId, d.file])).toEqual([['render/unknown-block', 'x.yaml']]);
    expect(html).toContain('Còn lại');
  });
});

describe('registry and report', () => {
  test('html is a registered format, asked for by name: report writes DOCX and PDF unless told', () => {
    expect(RENDERER_NAMES).toContain('html');
    expect(renderers.html.extension).toBe('html');
    // Printed documents, and a news piece's own Markdown and web page; the A4 preview only when asked.
    expect(DEFAULT_FORMATS).toEqual(['docx', 'pdf', 'md', 'web']);
  });

  test('report --only html writes out/<id>/bao-cao.html', async () => {
    const out = join(tempDir(), 'html-report');
    const r = await buildRecord(nodeHost, 'data/2024-lai-chau-tong-ket-nghi-dinh-21.yaml', { outDir: out, formats: ['html'], engine: new TemplateEngine() });
    // The tin bài has its own web page (tin-bai.html, format web) in place of an A4 preview.
    expect(r.written.map((w) => w.path)).toEqual(['bao-cao.html', 'bao-cao-nhanh.html'].map((f) => join(out, '2024-lai-chau-tong-ket-nghi-dinh-21', f)));
    const html = readFileSync(r.written[0]!.path, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="vi" data-profile="nd30">/);
    expect(paragraphs(html, 'dateLine')).toEqual(['Lai Châu, ngày     tháng     năm 2024']);
  });
});
