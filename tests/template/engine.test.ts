// Template problems come out as diagnostics that name the template file, line and column (Typst
// style: the expected position is stated here), and a unit's folder overrides the built-in templates.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeHost } from '../../src/host/host.js';
import { PROFILES } from '../../src/layout/profiles.js';
import { loadRecord } from '../../src/record/index.js';
import { buildDocument } from '../../src/compose/build.js';
import { TemplateEngine, builtinTemplatesDir } from '../../src/template/engine.js';
import { tempDir } from '../helpers/files.js';

const SEED = 'data/2023-08-22-dien-bien-so-ket-quy-che-phoi-hop.yaml';

/** A unit's template folder holding one báo cáo sơ kết template with the given body. */
function unitFolder(name: string, body: string): string {
  const dir = join(tempDir(), 'templates-' + name);
  mkdirSync(join(dir, 'partials'), { recursive: true });
  writeFileSync(join(dir, 'bao-cao.hbs'), body);
  return dir;
}

async function build(dir: string) {
  const { record } = await loadRecord(nodeHost, SEED);
  const engine = new TemplateEngine([dir, builtinTemplatesDir()]);
  return buildDocument(record!, record!.documents[0]!, PROFILES.hd36, engine);
}

describe('templates', () => {
  it('a unit folder overrides the built-in template, and the model passes still apply', async () => {
    const dir = unitFolder('override', '<h2>Tình hình</h2>\n<p>Đơn vị {{organizers}} dùng mẫu riêng về KVPT.</p>\n');
    const r = await build(dir);
    expect(r.diagnostics).toEqual([]);
    expect(r.model!.body).toEqual([
      { kind: 'heading', level: 2, label: 'I.', content: [{ kind: 'text', text: 'Tình hình' }] },
      // Tone style of the Party profile (uỷ), the abbreviation spelled out at its first use.
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Đơn vị Đảng uỷ Quân sự tỉnh dùng mẫu riêng về khu vực phòng thủ (KVPT).' }] },
    ]);
  });

  it('a tag outside the markup subset is reported at its line and column in the template', async () => {
    const dir = unitFolder('unknown-tag', '<p>Một</p>\n<p>Hai <span>ba</span></p>\n');
    const r = await build(dir);
    expect(r.diagnostics.map((d) => [d.ruleId, d.file, d.start])).toContainEqual([
      'template/unknown-tag',
      join(dir, 'bao-cao.hbs'),
      { line: 2, column: 8 },
    ]);
  });

  it('a misspelt field is an error at its position, not empty text (strict mode)', async () => {
    const dir = unitFolder('missing-field', '<p>Một</p>\n<p>{{record.venu}}</p>\n');
    const r = await build(dir);
    expect(r.model).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.ruleId, d.file, d.start?.line])).toEqual([['template/missing-field', join(dir, 'bao-cao.hbs'), 2]]);
    expect(r.diagnostics[0]!.message.vi).toContain('`venu`');
  });

  it('an unknown helper is a compile error with its position (knownHelpersOnly)', async () => {
    const dir = unitFolder('unknown-helper', '<p>Một</p>\n\n<p>{{viethoa record.place}}</p>\n');
    const r = await build(dir);
    expect(r.diagnostics.map((d) => [d.ruleId, d.start])).toEqual([['template/unknown-helper', { line: 3, column: 4 }]]);
  });

  it('a Handlebars syntax error names the template and its line', async () => {
    const dir = unitFolder('syntax', '<p>Một</p>\n{{#if record.place}}\n<p>Hai</p>\n');
    const r = await build(dir);
    expect(r.diagnostics.map((d) => [d.ruleId, d.file, d.start?.line])).toEqual([['template/syntax', join(dir, 'bao-cao.hbs'), 4]]);
  });

  it('values from the record are escaped: a "<" in the record never opens a tag', async () => {
    const dir = unitFolder('escape', '<p>{{record.venue}}</p>\n');
    const { record } = await loadRecord(nodeHost, SEED);
    const engine = new TemplateEngine([dir, builtinTemplatesDir()]);
    const r = buildDocument({ ...record!, venue: 'hội trường <b>A</b> & B' }, record!.documents[0]!, PROFILES.hd36, engine);
    expect(r.diagnostics).toEqual([]);
    expect(r.model!.body).toEqual([{ kind: 'paragraph', content: [{ kind: 'text', text: 'hội trường <b>A</b> & B' }] }]);
  });
});

describe('user templates are held to the same rules as the built-in ones', () => {
  it.each([
    ['triple braces', '<p>Hi</p>\n<p>{{{record.venue}}}</p>\n', 2, 4],
    ['ampersand', '<p>{{&record.venue}}</p>\n', 1, 4],
    ['log', '<p>x</p>{{log record}}\n', 1, 9],
    ['helperMissing', '<p>{{helperMissing record}}</p>\n', 1, 6],
    ['blockHelperMissing', '<p>x</p>\n<p>{{#blockHelperMissing record}}y{{/blockHelperMissing}}</p>\n', 2, 7],
  ])('%s is refused at its place', async (_name, body, line, column) => {
    const r = await build(unitFolder(`forbidden-${line}-${column}`, body));
    expect(r.diagnostics.map((d) => [d.ruleId, d.start?.line, d.start?.column, d.file.endsWith('bao-cao.hbs')])).toEqual([['template/forbidden', line, column, true]]);
    expect(r.model).toBeUndefined();
  });

  it('a partial is compiled strict: a misspelt field is an error, not empty text', async () => {
    const dir = unitFolder('strict-partial', '<p>{{> oops}}</p>\n');
    writeFileSync(join(dir, 'partials', 'oops.hbs'), '{{record.venuee}}');
    const r = await build(dir);
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('template/missing-field');
  });
});
