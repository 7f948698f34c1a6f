// `baocao new`: the scaffold is written from the schema (every field, every description), its marked
// values are errors at their own lines until filled, and once filled the record passes `check` and
// builds. The command runs as a real process with stdin not a terminal, so it must ask nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { nodeHost } from '../../src/host/host.js';
import { loadRecord } from '../../src/record/index.js';
import { CONFERENCE_KINDS, scaffoldRecord } from '../../src/record/scaffold.js';

const tmp = mkdtempSync(join(tmpdir(), 'baocao-new-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const CLI = resolve('dist/cli/main.js');
const schema = JSON.parse(readFileSync('schema/record.schema.json', 'utf8'));

const cli = (args: string[], cwd = tmp) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** What a clerk writes over each marked value a scaffold leaves active, by its key. */
const FILL: Record<string, string> = {
  type: 'quy chế',
  title: 'phối hợp giữa Đảng ủy Quân sự tỉnh với các huyện ủy',
  date: '"2023-08-22"',
  place: 'Điện Biên',
  name: 'Đảng ủy Quân sự tỉnh Điện Biên',
  code: 'ĐUQS',
  position: 'Bí thư',
};

/** Replaces the marked value of every uncommented `key: "<<…>>"` line. */
function fill(text: string): string {
  return text.replace(/^(\s*(?:- )?)([a-zA-Z]+): "<<[^>]*>>"$/gm, (line, lead: string, key: string) => {
    const value = FILL[key];
    return value === undefined ? line : `${lead}${key}: ${value}`;
  });
}

/** Every property name and description of the schema, at every depth. */
function schemaFields(node: unknown, out: { keys: Set<string>; descriptions: Set<string> } = { keys: new Set(), descriptions: new Set() }) {
  if (Array.isArray(node)) node.forEach((n) => schemaFields(n, out));
  else if (node !== null && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.properties && typeof o.properties === 'object') {
      for (const [k, v] of Object.entries(o.properties as Record<string, { description?: string }>)) {
        out.keys.add(k);
        if (v.description) out.descriptions.add(v.description);
      }
    }
    Object.values(o).forEach((v) => schemaFields(v, out));
  }
  return out;
}

describe('baocao new', () => {
  const file = join(tmp, 'data', 'so-ket.yaml');

  test('writes a commented record without asking when stdin is not a terminal', () => {
    const r = cli(['new', 'so-ket', '--profile', 'hd36', '--out', 'data/so-ket.yaml']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = readFileSync(file, 'utf8');
    // The header line points at the real schema from where the record stands.
    const ref = /^# yaml-language-server: \$schema=(.+)$/m.exec(text.split('\n')[0]!)![1]!;
    expect(resolve(dirname(file), ref)).toBe(resolve('schema/record.schema.json'));
    expect(text).toMatch(/^kind: sơ kết$/m);
    expect(text).toMatch(/^profile: hd36$/m);
    expect(text).toMatch(/^ {4}system: đảng$/m);
  });

  test('every field of the schema is there, with its Vietnamese description as a comment', () => {
    const text = readFileSync(file, 'utf8');
    const comments = text
      .split('\n')
      .filter((l) => /^\s*(?:- )?# /.test(l))
      .map((l) => l.replace(/^\s*(?:- )?# /, ''))
      .join(' ');
    const { keys, descriptions } = schemaFields(schema);
    for (const key of keys) expect(text, key).toMatch(new RegExp(`^[\\s#-]*${key}:`, 'm'));
    for (const d of descriptions) expect(comments.replace(/\s+/g, ' '), d).toContain(d.replace(/\s+/g, ' '));
  });

  test('check reports each marked value at its line and column until it is filled', () => {
    const text = readFileSync(file, 'utf8');
    const r = cli(['check', 'data/so-ket.yaml']);
    expect(r.status).toBe(1);
    const marked = text.split('\n').flatMap((l, i) => (/^[^#]*"<<[^>]*>>"/.test(l) ? [`data/so-ket.yaml:${i + 1}:${l.indexOf('"<<') + 1}`] : []));
    expect(marked.length).toBeGreaterThanOrEqual(5);
    for (const at of marked) expect(r.stdout).toContain(`${at}  lỗi  Giá trị mẫu chưa được thay`);
    expect(r.stdout.match(/\[record\/placeholder\]/g)?.length).toBe(marked.length);
  });

  test('once the marked values are filled, check passes and report builds the PDF', () => {
    writeFileSync(file, fill(readFileSync(file, 'utf8')));
    const check = cli(['check', 'data/so-ket.yaml']);
    expect(check.stdout).toContain('0 lỗi');
    expect(check.status).toBe(0);
    const report = cli(['report', 'data/so-ket.yaml', '--only', 'pdf', '--out', 'out']);
    expect(report.status).toBe(0);
    expect(existsSync(join(tmp, 'out', 'so-ket', 'bao-cao.pdf'))).toBe(true);
  });

  test('an existing file is not overwritten (exit 2) unless --force', () => {
    const before = readFileSync(file, 'utf8');
    const r = cli(['new', 'so-ket', '--profile', 'hd36', '--out', 'data/so-ket.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('đã có');
    expect(cli(['new', 'so-ket', '--profile', 'hd36', '--out', 'data/so-ket.yaml', '--lang', 'en']).stderr).toContain('exists — choose another name');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(cli(['new', 'so-ket', '--profile', 'hd36', '--out', 'data/so-ket.yaml', '--force']).status).toBe(0);
  });

  test('a kind or profile that does not exist is bad usage (exit 2)', () => {
    expect(cli(['new', 'hop-mat', '--out', 'data/a.yaml']).status).toBe(2);
    expect(cli(['new', 'so-ket', '--profile', 'nd13', '--out', 'data/b.yaml']).status).toBe(2);
  });

  test.each(Object.values(CONFERENCE_KINDS).flatMap((kind) => (['nd30', 'hd36'] as const).map((profile) => [kind, profile] as const)))(
    '%s / %s: valid once filled',
    async (kind, profile) => {
      const path = join(tmp, 'each', `${profile}-${kind.replace(/ /g, '-')}.yaml`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, fill(scaffoldRecord({ kind, profile, schemaRef: '../schema/record.schema.json' })));
      const loaded = await loadRecord(nodeHost, path);
      expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(loaded.record?.kind).toBe(kind);
    },
  );

  test('the comments come from the schema: a field added there appears in the scaffold', () => {
    const changed = structuredClone(schema);
    changed.properties.hostUnit = { title: 'Đơn vị đăng cai', description: 'Đơn vị đăng cai hội nghị, như nguồn ghi.', type: 'string' };
    const text = scaffoldRecord({ kind: 'sơ kết', profile: 'nd30', schemaRef: 'x' }, changed);
    expect(text).toContain('# Đơn vị đăng cai: Đơn vị đăng cai hội nghị, như nguồn ghi.\n# hostUnit: "<<Đơn vị đăng cai>>"');
  });
});
