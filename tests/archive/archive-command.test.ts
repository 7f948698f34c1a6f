// `baocao archive` as CI runs it (the built CLI): what lands where, what the manifest proves, the
// year zip's fixed order and time, a failed record listed with its diagnostics (exit 1, the rest
// built), `--verify` on a whole archive and on a changed, missing and extra file, `--verify
// --rebuild` against the archived YAML, the unchanged second run, and a folder of foreign files.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/files.js';
import { archiveBytes, cli, differences, recordsIn, RECORDS } from './helpers.js';
import type { Manifest } from '../../src/archive/manifest.js';

const root = join(tempDir(), 'archive-command');
const out = join(root, 'archive');
let data: string;
let first: ReturnType<typeof cli>;
let badLine: number;

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Names and DOS date/time of each entry, read from the zip's central directory. */
function zipDirectory(zip: Buffer): { name: string; time: number; date: number; extra: number }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    entries.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), time: zip.readUInt16LE(at + 12), date: zip.readUInt16LE(at + 14), extra });
    at += 46 + nameLength + extra + zip.readUInt16LE(at + 32);
  }
  return entries;
}

beforeAll(() => {
  data = recordsIn(root);
  const bad = readFileSync(join(data, RECORDS[0]!), 'utf8').replace(/^id: .*$/m, 'id: hong').replace(/^date: .*$/m, 'date: "2023-02-30"');
  writeFileSync(join(data, 'hong.yaml'), bad);
  badLine = bad.split('\n').findIndex((l) => l.startsWith('date:')) + 1;
  first = cli(['archive', data, '--out', out, '--no-progress']);
});

describe('baocao archive', () => {
  it('builds every record but the broken one, lists that one as failed with its diagnostics, exits 1', () => {
    expect(first.status).toBe(1);
    expect(first.stderr).toContain('[rules/impossible-date]');
    expect(first.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    const m = manifestOf(out);
    const failed = m.records.filter((r) => r.status === 'failed');
    expect(failed.map((r) => r.file)).toEqual(['hong.yaml']);
    expect(failed[0]!.diagnostics!.find((d) => d.ruleId === 'rules/impossible-date')).toMatchObject({ line: badLine, column: 7, severity: 'error' });
    expect(failed[0]!.diagnostics![0]!.message.vi).toBeTruthy();
    expect(m.records.filter((r) => r.status === 'built').map((r) => r.year).sort()).toEqual(['2023', '2023', '2024', 'khong-ro-nam']);
    expect(existsSync(join(out, '2023', 'hong'))).toBe(false);
  });

  it('puts each document, and the record YAML beside it, in <year>/<id>/, with the year summary, danh mục and zip', () => {
    const m = manifestOf(out);
    const paths = m.files.map((f) => f.path);
    expect(paths).toContain('2023/2023-08-22-dien-bien-so-ket-quy-che-phoi-hop/bao-cao.pdf');
    expect(paths).toContain('2023/2023-08-22-dien-bien-so-ket-quy-che-phoi-hop/bao-cao.docx');
    expect(readFileSync(join(out, '2023/2023-08-22-dien-bien-so-ket-quy-che-phoi-hop/2023-08-22-dien-bien-so-ket-quy-che-phoi-hop.yaml')).equals(readFileSync(join(data, RECORDS[0]!)))).toBe(true);
    for (const p of ['2023/bao-cao-tong-hop.pdf', '2023/bao-cao-tong-hop.docx', '2023/danh-muc-van-ban.pdf', '2023/danh-muc-van-ban.docx', '2023.zip', '2024.zip', 'khong-ro-nam.zip']) expect(paths).toContain(p);
    expect(readFileSync(join(out, '2023/danh-muc-van-ban.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('manifest.json: every file with size, SHA-256 and media type as on disk, sorted; no time; the toolkit, lock file and fonts', () => {
    const text = readFileSync(join(out, 'manifest.json'), 'utf8');
    const m = JSON.parse(text) as Manifest;
    expect(m.files.map((f) => f.path)).toEqual([...m.files.map((f) => f.path)].sort((a, b) => (a < b ? -1 : 1)));
    for (const f of m.files) {
      const bytes = readFileSync(join(out, f.path));
      expect([f.path, f.size, f.sha256]).toEqual([f.path, bytes.byteLength, sha(bytes)]);
    }
    expect(m.files.find((f) => f.path.endsWith('.pdf'))!.mediaType).toBe('application/pdf');
    expect(m.toolkit.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(m.lockfileSha256).toBe(sha(readFileSync('package-lock.json')));
    expect(m.fonts['fonts/Tinos-Regular.ttf']).toBe(sha(readFileSync('fonts/Tinos-Regular.ttf')));
    expect(text).not.toMatch(/20\d\d-\d\d-\d\dT/);
    const record = m.records.find((r) => r.id === '2023-08-22-dien-bien-so-ket-quy-che-phoi-hop')!;
    expect(record.documents.find((d) => d.kind === 'bao-cao')).toMatchObject({ docType: 'BÁO CÁO', date: '2023-08-22' });
    expect(record.sourceSha256).toBe(sha(readFileSync(join(data, RECORDS[0]!))));
  });

  it('the year zip holds the year folder in code-unit order, every entry dated the year\'s last day, no extra fields', () => {
    const zip = readFileSync(join(out, '2023.zip'));
    const entries = zipDirectory(zip);
    const names = entries.map((e) => e.name);
    const expected = manifestOf(out).files.map((f) => f.path).filter((p) => p.startsWith('2023/'));
    expect(names).toEqual(expected);
    // DOS date of 2023-12-31: (2023 - 1980) << 9 | 12 << 5 | 31; midnight.
    for (const e of entries) expect([e.date, e.time, e.extra]).toEqual([((2023 - 1980) << 9) | (12 << 5) | 31, 0, 0]);
    const unzipped = unzipSync(zip);
    expect(Buffer.from(unzipped['2023/bao-cao-tong-hop.pdf']!).equals(readFileSync(join(out, '2023/bao-cao-tong-hop.pdf')))).toBe(true);
  });

  it('--verify passes on the archive, then names a changed, a missing and an extra file (Vietnamese, and English with --lang en), exit 1', async () => {
    const dir = join(root, 'verify');
    rmSync(dir, { recursive: true, force: true });
    const copy = await archiveBytes(out);
    for (const [p, b] of copy) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), b);
    }
    const ok = cli(['archive', '--verify', dir]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`tệp khớp manifest.json`);

    const pdf = '2024/2024-lai-chau-tong-ket-nghi-dinh-21/bao-cao.pdf';
    const bytes = readFileSync(join(dir, pdf));
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 1;
    writeFileSync(join(dir, pdf), bytes);
    rmSync(join(dir, '2024.zip'));
    writeFileSync(join(dir, '2024', 'ghi-chu.txt'), 'x');
    const bad = cli(['archive', '--verify', dir]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(`khác  ${pdf}`);
    expect(bad.stdout).toContain('thiếu  2024.zip');
    expect(bad.stdout).toContain('thừa  2024/ghi-chu.txt');
    const en = cli(['archive', '--verify', dir, '--lang', 'en']);
    expect(en.stdout).toContain(`differs  ${pdf}`);
    expect(en.stdout).toContain('missing  2024.zip');
    expect(en.stdout).toContain('extra  2024/ghi-chu.txt');
  });

  it('--verify --rebuild rebuilds from the archived YAML: identical, and a document the manifest was made to vouch for is caught', async () => {
    const good = cli(['archive', '--verify', '--rebuild', out]);
    expect(good.stdout).toContain('mọi tệp giống từng byte');
    expect(good.status).toBe(0);

    const dir = join(root, 'tampered');
    rmSync(dir, { recursive: true, force: true });
    for (const [p, b] of await archiveBytes(out)) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), b);
    }
    // A document changed and its hash changed with it: the hashes agree, only a rebuild can tell.
    const doc = '2023/2023-08-24-ha-giang-so-ket-quy-che-phoi-hop/bao-cao.docx';
    const changed = Buffer.concat([readFileSync(join(dir, doc)), Buffer.from([0])]);
    writeFileSync(join(dir, doc), changed);
    const m = manifestOf(dir);
    const files = m.files.map((f) => (f.path === doc ? { ...f, size: changed.byteLength, sha256: sha(changed) } : f));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...m, files }));
    const r = cli(['archive', '--verify', '--rebuild', dir]);
    expect(r.stdout).toContain('tệp khớp manifest.json');
    expect(r.stdout).toContain(`dựng lại: khác  ${doc}`);
    expect(r.status).toBe(1);
  });

  it('an unchanged second run rebuilds nothing and leaves every byte as it was', async () => {
    const before = await archiveBytes(out);
    const again = cli(['archive', data, '--out', out, '--no-progress']);
    expect(again.status).toBe(1); // the broken record is still broken
    expect(again.stdout.match(/^không đổi {2}/gm)?.length).toBe(RECORDS.length);
    expect(differences(before, await archiveBytes(out))).toEqual([]);
  });

  it('refuses a folder holding foreign files (exit 2, nothing written) unless --force, which removes them', () => {
    const dir = join(root, 'foreign');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'luan-van.docx'), 'not ours');
    const r = cli(['archive', join(data, RECORDS[2]!), '--out', dir, '--no-progress']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('luan-van.docx');
    expect(r.stderr).toContain('--force');
    expect(existsSync(join(dir, 'manifest.json'))).toBe(false);
    const forced = cli(['archive', join(data, RECORDS[2]!), '--out', dir, '--no-progress', '--force']);
    expect(forced.status).toBe(0);
    expect(existsSync(join(dir, 'luan-van.docx'))).toBe(false);
    expect(cli(['archive', '--verify', dir]).status).toBe(0);
    // Its own archive is not foreign: a later run goes ahead without --force.
    expect(cli(['archive', join(data, RECORDS[2]!), '--out', dir, '--no-progress']).status).toBe(0);
  });

  it('one id in two years (two year folders, so no single batch sees both): both refused, reported, listed as failed', () => {
    const dir = join(root, 'same-id');
    mkdirSync(join(dir, 'data'), { recursive: true });
    const text = readFileSync(join(data, RECORDS[0]!), 'utf8').replace(/^id: .*$/m, 'id: trung');
    writeFileSync(join(dir, 'data', 'a.yaml'), /^id:/m.test(text) ? text : `id: trung\n${text}`);
    writeFileSync(join(dir, 'data', 'b.yaml'), (/^id:/m.test(text) ? text : `id: trung\n${text}`).replace(/^date: .*$/m, 'date: "2024-03-05"'));
    const r = cli(['archive', join(dir, 'data'), '--out', join(dir, 'archive'), '--no-progress']);
    expect(r.status).toBe(1);
    expect(r.stderr.match(/\[report\/duplicate-id\]/g)?.length).toBe(2);
    const m = manifestOf(join(dir, 'archive'));
    expect(m.records.map((x) => [x.file, x.year, x.status])).toEqual([
      ['a.yaml', '2023', 'failed'],
      ['b.yaml', '2024', 'failed'],
    ]);
  });

  it('bad usage exits 2 with a Vietnamese message', () => {
    const r = cli(['archive', data, '--out', join(root, 'x'), '--shard', '4/3']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--shard cần dạng i/n');
    expect(cli(['archive', '--rebuild', out]).status).toBe(2);
  });
});
