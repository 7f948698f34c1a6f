import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { nodeHost, type Host } from '../../src/host/host.js';
import { firstInvalidUtf8, LIMITS, loadBytes, loadFile, loadText } from '../../src/record/load.js';
import { loadRecord } from '../../src/record/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'baocao-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const rules = (ds: readonly { ruleId: string }[]) => ds.map((d) => d.ruleId);

describe('limits', () => {
  test('a file over the size limit is refused before it is read', async () => {
    const file = join(tmp, 'huge.yaml');
    writeFileSync(file, 'a: ' + 'x'.repeat(LIMITS.maxBytes) + '\n');
    let reads = 0;
    const spy: Host = { ...nodeHost, readFile: async (p) => (reads++, nodeHost.readFile(p)), readCapped: async (p, cap) => (reads++, nodeHost.readCapped(p, cap)) };
    const loaded = await loadFile(spy, file);
    expect(rules(loaded.diagnostics)).toEqual(['load/too-large']);
    expect(loaded.diagnostics[0]!.message.vi).toContain('256 KiB');
    expect(loaded.data).toBeUndefined();
    expect(reads).toBe(0);
  });

  test('a zero-byte file is load/empty at 1:1', async () => {
    const file = join(tmp, 'zero.yaml');
    writeFileSync(file, '');
    const r = await loadRecord(nodeHost, file);
    expect(r.diagnostics.map((d) => [d.ruleId, d.start])).toEqual([['load/empty', { line: 1, column: 1 }]]);
    expect(r.id).toBe('zero');
  });

  test('a missing file is a diagnostic, not an exception', async () => {
    const r = await loadRecord(nodeHost, join(tmp, 'nope.yml'));
    expect(rules(r.diagnostics)).toEqual(['load/read-failed']);
    expect(r.diagnostics[0]!.message.vi).toBe('Không tìm thấy tệp');
  });

  test('more than 100 alias uses are refused at the 101st', () => {
    const src = 'a: &x 1\nb:\n' + Array.from({ length: 101 }, () => '  - *x\n').join('');
    const loaded = loadText('f.yaml', src);
    expect(rules(loaded.diagnostics)).toEqual(['yaml/alias-limit']);
    expect(loaded.diagnostics[0]!.start).toEqual({ line: 103, column: 5 });
    expect(loaded.data).toBeUndefined();
  });

  test('a few aliases are fine', () => {
    const loaded = loadText('f.yaml', 'a: &x [1, 2]\nb: *x\n');
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.data).toEqual({ a: [1, 2], b: [1, 2] });
  });
});

describe('encoding', () => {
  test('BOM: warning, stripped, record still loads', () => {
    const loaded = loadBytes('f.yaml', Buffer.from('\uFEFFa: 1\n', 'utf8'));
    expect(loaded.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['load/bom', 'warning']]);
    expect(loaded.data).toEqual({ a: 1 });
    expect(loaded.source).toBe('a: 1\n');
  });

  test('invalid UTF-8 is located at the first bad byte, in characters', () => {
    // "Hà" in UTF-8 then a lone continuation byte: column counts the two characters before it.
    const bytes = Buffer.concat([Buffer.from('x: 1\nHà', 'utf8'), Buffer.from([0x80]), Buffer.from('\n')]);
    const loaded = loadBytes('f.yaml', bytes);
    expect(loaded.diagnostics.map((d) => [d.ruleId, d.start])).toEqual([['load/invalid-utf8', { line: 2, column: 3 }]]);
  });

  test.each([
    [[0x41, 0xc0, 0x80], 1], // overlong
    [[0xed, 0xa0, 0x80], 0], // UTF-16 surrogate
    [[0xe1, 0xbb], 0], // truncated
    [[0xf5, 0x80, 0x80, 0x80], 0], // past U+10FFFF
    [[0xe1, 0xbb, 0x87], 3], // "ệ" is valid
  ])('firstInvalidUtf8(%j) = %i', (bytes, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(at);
  });

  test('decomposed text and keys come out NFC', () => {
    const nfd = 'tên: Nguyễn Văn Hòa\nds:\n  - Đảng ủy\n'.normalize('NFD');
    const loaded = loadText('f.yaml', nfd);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.data).toEqual({ 'tên': 'Nguyễn Văn Hòa', ds: ['Đảng ủy'] });
    expect(JSON.stringify(loaded.data)).toBe(JSON.stringify(loaded.data).normalize('NFC'));
    // Positions are still found with NFC keys although the source is NFD.
    expect(loaded.positionOf(['tên'.normalize('NFC')], 'key')).toEqual({ line: 1, column: 1 });
  });
});

describe('positions', () => {
  const loaded = loadText('f.yaml', '# c\na:\n  b: [x, "y"]\n  c:\n');
  test('key and value of a map entry', () => {
    expect(loaded.positionOf(['a', 'b'], 'key')).toEqual({ line: 3, column: 3 });
    expect(loaded.positionOf(['a', 'b'], 'value')).toEqual({ line: 3, column: 6 });
    expect(loaded.rangeOf(['a', 'b', 1])).toEqual({ start: { line: 3, column: 10 }, end: { line: 3, column: 13 } });
  });
  test('an empty value falls back to a place on its line; an absent path has none', () => {
    expect(loaded.positionOf(['a', 'c'])?.line).toBe(4);
    expect(loaded.positionOf(['a', 'zzz'])).toBeUndefined();
  });
});

describe('YAML syntax', () => {
  test('a tab is reported once, as the root cause, with a hint to use spaces', () => {
    const loaded = loadText('f.yaml', 'a:\n\tb: 1\n\tc: 2\n');
    expect(rules(loaded.diagnostics)).toEqual(['yaml/tab-indent', 'yaml/tab-indent']);
    expect(loaded.diagnostics[0]!.hint?.vi).toContain('dấu cách');
    expect(loaded.data).toBeUndefined();
  });
  test('a second document is a syntax error', () => {
    expect(rules(loadText('f.yaml', 'a: 1\n---\nb: 2\n').diagnostics)).toEqual(['yaml/syntax']);
  });
});
