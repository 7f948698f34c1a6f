// `baocao report` as a user runs it (the built CLI): exit codes CI can act on, one line per record,
// diagnostics with file:line:col, and the files where the README says they go.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/files.js';

const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/cli/main.js', ...args], { encoding: 'utf8' });

function records(name: string) {
  const dir = join(tempDir(), name);
  mkdirSync(join(dir, 'data'), { recursive: true });
  copyFileSync('data/2023-08-22-dien-bien-so-ket-quy-che-phoi-hop.yaml', join(dir, 'data', 'good.yaml'));
  const bad = readFileSync('data/2023-08-22-dien-bien-so-ket-quy-che-phoi-hop.yaml', 'utf8').replace(/^date: .*$/m, 'date: "2023-02-30"');
  writeFileSync(join(dir, 'data', 'bad.yaml'), bad);
  const line = bad.split('\n').findIndex((l) => l.startsWith('date:')) + 1;
  return { dir, data: join(dir, 'data'), out: join(dir, 'out'), badLine: line };
}

describe('baocao report (built CLI)', () => {
  it('builds the good record, skips the bad one with a positioned Vietnamese error, exits 1', () => {
    const s = records('report-mixed');
    const r = cli('report', s.data, '--out', s.out, '--no-progress');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(s.data, 'bad.yaml')}:${s.badLine}:7  lỗi  \`2023-02-30\` không phải là ngày có thật  [rules/impossible-date]`);
    expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    expect(r.stdout).toContain(`bỏ qua  ${join(s.data, 'bad.yaml')}`);
    const id = 'good'; // no `id:` in the record: the file name is the id
    expect(r.stdout).toContain(`ok  ${join(s.data, 'good.yaml')}  → ${join(s.out, id, 'bao-cao.docx')}, ${join(s.out, id, 'bao-cao.pdf')}`);
    expect(existsSync(join(s.out, id, 'bao-cao.pdf'))).toBe(true);
  });

  it('a document the record asks for without a field it needs: a positioned error naming the field, exit 1, the other documents still built', () => {
    const s = records('report-kind');
    const src = readFileSync(join(s.data, 'good.yaml'), 'utf8') + '  - kind: bien-ban\n';
    writeFileSync(join(s.data, 'good.yaml'), src);
    const line = src.split('\n').indexOf('  - kind: bien-ban') + 1;
    const r = cli('report', join(s.data, 'good.yaml'), '--out', s.out, '--no-progress');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(s.data, 'good.yaml')}:${line}:11  lỗi  Văn bản \`bien-ban\` thiếu trường \`secretary\``);
    expect(r.stderr).toContain('[rules/document-needs]');
    expect(existsSync(join(s.out, 'good', 'bao-cao.pdf'))).toBe(true);
    expect(existsSync(join(s.out, 'good', 'bien-ban.pdf'))).toBe(false);
  });

  it('--docs narrows a run to the kinds named; an unknown code is bad usage (exit 2)', () => {
    const s = records('report-docs');
    const good = join(s.data, 'good.yaml');
    const src = readFileSync(good, 'utf8') + '  - kind: tin-bai\n';
    writeFileSync(good, src);
    const r = cli('report', good, '--out', s.out, '--docs', 'tin', '--no-progress');
    expect(r.status).toBe(0);
    expect(['docx', 'pdf', 'md', 'html'].map((e) => existsSync(join(s.out, 'good', `tin-bai.${e}`)))).toEqual([true, true, true, true]);
    expect(existsSync(join(s.out, 'good', 'bao-cao.pdf'))).toBe(false);
    const bad = cli('report', good, '--out', s.out, '--docs', 'tin,xyz');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--docs không nhận `xyz`');
  });

  it('exits 0 when every record builds, and says the unchanged ones are skipped the second time', () => {
    const s = records('report-clean');
    const good = join(s.data, 'good.yaml');
    expect(cli('report', good, '--out', s.out).status).toBe(0);
    const again = cli('report', good, '--out', s.out);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`không đổi  ${good}`);
  });

  it('--only pdf writes only the PDF; --format json reports records and diagnostics', () => {
    const s = records('report-only');
    const r = cli('report', s.data, '--out', s.out, '--only', 'pdf', '--docs', 'bc', '--format', 'json', '--no-cache');
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { records: { file: string; ok: boolean; written: string[] }[]; diagnostics: { ruleId: string; line: number }[] };
    expect(json.records.map((x) => [x.file.split('/').pop(), x.ok, x.written.map((w) => w.split('.').pop())])).toEqual([
      ['bad.yaml', false, []],
      ['good.yaml', true, ['pdf']],
    ]);
    expect(json.diagnostics.filter((d) => d.ruleId === 'rules/impossible-date').map((d) => d.line)).toEqual([s.badLine]);
  });

  it('a batch large enough for worker threads builds every record and still reports the bad one', () => {
    const s = records('report-workers');
    const good = readFileSync(join(s.data, 'good.yaml'), 'utf8');
    for (let i = 0; i < 8; i++) writeFileSync(join(s.data, `copy-${i}.yaml`), good);
    // --docs bc: the báo cáo alone keeps nine records quick on a shared machine.
    const r = cli('report', s.data, '--out', s.out, '--jobs', '2', '--docs', 'bc', '--no-progress');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('[rules/impossible-date]');
    for (let i = 0; i < 8; i++) {
      expect(existsSync(join(s.out, `copy-${i}`, 'bao-cao.pdf'))).toBe(true);
      expect(existsSync(join(s.out, `copy-${i}`, 'bao-cao.docx'))).toBe(true);
    }
    // Worker threads render the same bytes as this process would.
    const alone = join(s.dir, 'alone');
    expect(cli('report', join(s.data, 'copy-0.yaml'), '--out', alone, '--jobs', '1', '--docs', 'bc').status).toBe(0);
    expect(readFileSync(join(alone, 'copy-0', 'bao-cao.pdf')).equals(readFileSync(join(s.out, 'copy-0', 'bao-cao.pdf')))).toBe(true);
  });

  it('two records with one id are an error, since their documents would overwrite each other', () => {
    const s = records('report-duplicate-id');
    const good = readFileSync(join(s.data, 'good.yaml'), 'utf8');
    writeFileSync(join(s.data, 'bad.yaml'), good.replace(/^kind:/m, 'id: good\nkind:'));
    const r = cli('report', s.data, '--out', s.out, '--no-progress');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(s.data, 'good.yaml')}  lỗi  Mã hồ sơ \`good\` trùng với ${join(s.data, 'bad.yaml')}`);
    expect(r.stderr).toContain('[report/duplicate-id]');
    // Refused before anything was written: no worker timing decides which record survives.
    expect(existsSync(join(s.out, 'good'))).toBe(false);
  });

  it('ids from file names follow the id rule: nothing is written outside --out, twins are duplicates', () => {
    const s = records('report-file-ids');
    const good = readFileSync(join(s.data, 'good.yaml'), 'utf8');
    writeFileSync(join(s.data, 'bad.yaml'), good);
    for (const name of ['...yaml', '..yaml', 'CON.yaml', 'Abc.yaml', 'abc.yaml']) writeFileSync(join(s.data, name), good);
    const r = cli('report', ...['...yaml', '..yaml', 'CON.yaml', 'Abc.yaml', 'abc.yaml'].map((n) => join(s.data, n)), '--out', s.out, '--no-progress');
    expect(r.status).toBe(1);
    expect(r.stderr.match(/\[record\/id-invalid\]/g)?.length).toBe(3);
    expect(r.stderr.match(/\[report\/duplicate-id\]/g)?.length).toBe(2);
    // `...yaml` once wrote into the parent of --out, `..yaml` straight into it.
    expect(existsSync(join(s.dir, 'bao-cao.pdf'))).toBe(false);
    expect(existsSync(join(s.out, 'bao-cao.pdf'))).toBe(false);
    expect(existsSync(s.out) ? readdirSync(s.out).filter((n) => !n.startsWith('.')) : []).toEqual([]);
  });

  it('bad usage exits 2 with a Vietnamese message', () => {
    const missing = cli('report', 'khong-co-thu-muc');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('baocao report: không tìm thấy `khong-co-thu-muc` (không có tệp hay thư mục nào như vậy)');
    expect(cli('report', 'data', '--jobs', '0').status).toBe(2);
    expect(cli('report', 'data', '--only', 'odt').status).toBe(2);
    const notFolder = cli('report', 'data', '--out', 'README.md');
    expect(notFolder.status).toBe(2);
    expect(notFolder.stderr).toBe('baocao report: `README.md` không phải là thư mục — --out cần một thư mục để ghi văn bản\n');
  });

  it('--help explains in Vietnamese', () => {
    const r = cli('report', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('dựng các văn bản (DOCX và PDF; tin bài thêm Markdown và HTML)');
    expect(r.stdout).toContain('--docs');
    expect(r.stdout).toContain('--no-cache');
  });
});

describe('the output folder as a unit', () => {
  it('a PDF that cannot be written (file-size limit) leaves the previous set whole and the record rebuilt next time', () => {
    const s = records('report-efbig');
    const good = join(s.data, 'good.yaml');
    // The báo cáo alone: the test is about one document's set of files.
    expect(cli('report', good, '--out', s.out, '--docs', 'bc').status).toBe(0);
    const before = ['docx', 'pdf'].map((x) => readFileSync(join(s.out, 'good', `bao-cao.${x}`)));
    writeFileSync(good, readFileSync(good, 'utf8').replace(/^venue: .*$/m, 'venue: huyện Mường Nhé'));
    // 40 KiB: the DOCX fits, the PDF does not. Node ignores SIGXFSZ, so the write fails with EFBIG.
    const r = spawnSync('bash', ['-c', `ulimit -f 40; exec "${process.execPath}" dist/cli/main.js report "${good}" --out "${s.out}" --docs bc --no-progress`], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Tệp vượt giới hạn kích thước cho phép, không ghi được ${join(s.out, 'good', 'bao-cao.pdf')}`);
    expect(r.stderr).toContain('[io/write-failed]');
    expect(['docx', 'pdf'].map((x) => readFileSync(join(s.out, 'good', `bao-cao.${x}`)))).toEqual(before);
    expect(readdirSync(join(s.out, 'good')).sort()).toEqual(['bao-cao.docx', 'bao-cao.pdf']);
    const again = cli('report', good, '--out', s.out, '--docs', 'bc');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Đã ghi 2 tệp, 0 tệp không đổi');
  });

  it('removes temporary files a killed run left, and refuses a second run while the first holds the lock', () => {
    const s = records('report-lock');
    const good = join(s.data, 'good.yaml');
    mkdirSync(join(s.out, 'good'), { recursive: true });
    writeFileSync(join(s.out, 'good', '.999999-0-3.tmp'), 'half a PDF');
    writeFileSync(join(s.out, '.baocao.lock'), '999999999\n'); // a dead run's lock
    expect(cli('report', good, '--out', s.out).status).toBe(0);
    expect(existsSync(join(s.out, 'good', '.999999-0-3.tmp'))).toBe(false);
    expect(existsSync(join(s.out, '.baocao.lock'))).toBe(false);
    // A live process holds it: this test runner's.
    writeFileSync(join(s.out, '.baocao.lock'), `${process.pid}\n`);
    const r = cli('report', good, '--out', s.out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`đang được một lần chạy khác dùng (tiến trình ${process.pid})`);
  });

  it('a device such as /dev/zero is refused before any byte is read', () => {
    const s = records('report-dev-zero');
    const r = cli('report', '/dev/zero', '--out', s.out, '--no-progress');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/dev/zero  lỗi  Không phải tệp thường');
    expect(r.stderr).toContain('[load/read-failed]');
  });

  it('--templates must name an existing folder; --jobs beyond the cores is capped', () => {
    const s = records('report-templates');
    const missing = cli('report', s.data, '--out', s.out, '--templates', join(s.dir, 'khong-co'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('không phải là thư mục có sẵn');
    const file = cli('report', s.data, '--out', s.out, '--templates', join(s.data, 'good.yaml'));
    expect(file.status).toBe(2);
    expect(file.stderr).not.toMatch(/\n\s+at /);
  });
});
