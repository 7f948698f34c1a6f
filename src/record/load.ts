// Loading a record file: bytes → text → YAML document → plain JS value, with every limit and every
// syntax problem turned into a Diagnostic rather than an exception. Positions are kept (LineCounter +
// node ranges) so later stages can point back into the source. All strings leave this module in NFC.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import { diagnostic, hasErrors, t, type Diagnostic, type Position, type Text } from '../diagnostics/diagnostic.js';
import { checkCharacters } from './characters.js';
import type { Host } from '../host/host.js';
import { aliasLimit, checkAliases, rootCauses, yamlError } from './yaml-problems.js';

export const LIMITS = {
  /** Records are a few kilobytes; anything near this is a mistake (a PDF renamed .yaml, a log file). */
  maxBytes: 256 * 1024,
  /** Real records never need more than a handful of aliases. */
  maxAliases: 100,
  /** Nodes an alias expansion may produce in total; the guard against "billion laughs". */
  maxExpandedNodes: 10_000,
  /**
   * Characters of text in the whole record once aliases are expanded: the per-record work limit. An
   * alias repeats text without adding bytes, so the file cap alone does not bound the work of the
   * typography passes and renderers; twice the file cap is more than any real record holds.
   */
  maxTextChars: 512 * 1024,
} as const;

export type DataPath = readonly (string | number)[];

export interface Range {
  start: Position;
  end: Position;
}

export interface LoadedFile {
  file: string;
  /** Decoded text without BOM, as parsed; '' when the file could not be read or decoded. */
  source: string;
  doc?: Document.Parsed;
  lineCounter: LineCounter;
  /** The NFC-normalised JS value; undefined when a fatal problem stopped loading. */
  data?: unknown;
  diagnostics: Diagnostic[];
  /** Where a data path is in the source: its key (for a map entry) or its value. */
  positionOf(path: DataPath, which?: 'key' | 'value'): Position | undefined;
  rangeOf(path: DataPath, which?: 'key' | 'value'): Range | undefined;
  /** The YAML node at a data path (the value, or the key with which='key'). */
  nodeAt(path: DataPath, which?: 'key' | 'value'): Node | undefined;
}

export interface LoadOptions {
  maxBytes?: number;
}

export async function loadFile(host: Host, file: string, options: LoadOptions = {}): Promise<LoadedFile> {
  const maxBytes = options.maxBytes ?? LIMITS.maxBytes;
  const fail = (d: Diagnostic, source = '') => emptyResult(file, source, [d]);
  let size: number;
  try {
    size = await host.fileSize(file);
  } catch (err) {
    return fail(readFailed(file, err));
  }
  // Checked before reading, so a multi-gigabyte file never reaches memory; the read is capped too,
  // for a file that grows between the check and the read.
  if (size > maxBytes) return fail(tooLarge(file, kib(size), maxBytes));
  let read;
  try {
    read = await host.readCapped(file, maxBytes);
  } catch (err) {
    return fail(readFailed(file, err));
  }
  if (read.over) return fail(tooLarge(file, t(`hơn ${kib(maxBytes)}`, `over ${kib(maxBytes)}`), maxBytes));
  return loadBytes(file, read.bytes, maxBytes);
}

/** The synchronous core, usable on bytes already in memory (tests, editors). */
export function loadBytes(file: string, bytes: Uint8Array, maxBytes: number = LIMITS.maxBytes): LoadedFile {
  if (bytes.length > maxBytes) {
    return emptyResult(file, '', [
      diagnostic({
        file,
        ruleId: 'load/too-large',
        stage: 'io',
        message: t(`Tệp quá lớn (${kib(bytes.length)}); tối đa ${kib(maxBytes)}`, `File too large (${kib(bytes.length)}); at most ${kib(maxBytes)}`),
      }),
    ]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const shown = new TextDecoder('utf-8').decode(bytes);
    const start = byteOffsetToPosition(bytes, offset);
    return emptyResult(file, shown, [
      diagnostic({
        file,
        ruleId: 'load/invalid-utf8',
        stage: 'io',
        start,
        message: t(
          `Tệp không phải văn bản UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} không hợp lệ)`,
          `File is not valid UTF-8 (invalid byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')})`,
        ),
        hint: t(
          'Mở tệp bằng trình soạn thảo và lưu lại với mã hóa UTF-8 (thường gặp khi tệp lưu bằng mã TCVN3/VNI hoặc Windows-1258).',
          'Re-save the file as UTF-8 (TCVN3, VNI or Windows-1258 encodings are common culprits).',
        ),
      }),
    ]);
  }
  return loadText(file, text);
}

/** Parses decoded text. Exported for tests that start from a string. */
export function loadText(file: string, rawText: string): LoadedFile {
  const diagnostics: Diagnostic[] = [];
  let text = rawText;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    diagnostics.push(
      diagnostic({
        file,
        ruleId: 'load/bom',
        stage: 'io',
        severity: 'warning',
        start: { line: 1, column: 1 },
        message: t('Tệp bắt đầu bằng dấu BOM; đã bỏ qua', 'File starts with a byte-order mark; ignored'),
        hint: t('Lưu tệp dạng "UTF-8" (không BOM).', 'Save the file as UTF-8 without BOM.'),
      }),
    );
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    keepSourceTokens: false,
  });
  const result = makeResult(file, text, lineCounter, doc, diagnostics);
  const at = (offset: number): Position => toPosition(lineCounter, offset);

  for (const err of rootCauses(doc.errors, lineCounter)) diagnostics.push(yamlError(file, err, at));
  for (const w of doc.warnings) {
    diagnostics.push(
      diagnostic({
        file, ruleId: 'yaml/warning', stage: 'yaml', severity: 'warning', start: at(w.pos[0]),
        message: t(`Cảnh báo YAML: ${w.message.split('\n')[0]}`, `YAML warning: ${w.message.split('\n')[0]}`),
      }),
    );
  }
  if (doc.errors.length > 0) return result;

  // Only comments or nothing at all: yaml leaves contents null (an explicit `~` is a Scalar instead).
  if (doc.contents === null) {
    diagnostics.push(
      diagnostic({
        file,
        ruleId: 'load/empty',
        stage: 'io',
        start: { line: 1, column: 1 },
        message: t('Tệp trống, chưa có nội dung hồ sơ', 'File is empty; no record content'),
        hint: t(`Chép mẫu từ tests/fixtures/good/minimal.yaml để bắt đầu.`, 'Start from tests/fixtures/good/minimal.yaml.'),
      }),
    );
    return result;
  }

  const aliasProblem = checkAliases(file, doc, at, LIMITS);
  if (aliasProblem) {
    diagnostics.push(aliasProblem);
    return result;
  }
  // Characters that cannot be written: refused here, with their place, rather than lost or fatal later.
  const textProblems = checkCharacters(file, doc, text, lineCounter);
  diagnostics.push(...textProblems);
  if (hasErrors(textProblems)) return result;
  try {
    const data = normalizeNfc(doc.toJS({ maxAliasCount: LIMITS.maxAliases }));
    const chars = textChars(data);
    if (chars > LIMITS.maxTextChars) {
      diagnostics.push(
        diagnostic({
          file, ruleId: 'load/too-much-text', stage: 'io', start: { line: 1, column: 1 },
          message: t(
            `Hồ sơ có quá nhiều chữ sau khi mở các tham chiếu YAML (${chars.toLocaleString('vi-VN')} ký tự; tối đa ${LIMITS.maxTextChars.toLocaleString('vi-VN')})`,
            `The record holds too much text once YAML aliases are expanded (${chars} characters; at most ${LIMITS.maxTextChars})`,
          ),
          hint: t('Bớt các tham chiếu (*tên) lặp lại đoạn văn dài.', 'Use fewer aliases (*name) that repeat long text.'),
        }),
      );
      return result;
    }
    result.data = data;
  } catch (err) {
    // Backstop: yaml's own expansion guard. checkAliases should have caught this first.
    diagnostics.push(aliasLimit(file, undefined, LIMITS, err instanceof Error ? err.message : String(err)));
  }
  return result;
}

function tooLarge(file: string, size: string | Text, maxBytes: number): Diagnostic {
  const shown = typeof size === 'string' ? t(size, size) : size;
  return diagnostic({
    file,
    ruleId: 'load/too-large',
    stage: 'io',
    message: t(`Tệp quá lớn (${shown.vi}); hồ sơ chỉ được tối đa ${kib(maxBytes)}`, `File too large (${shown.en}); a record may be at most ${kib(maxBytes)}`),
    hint: t('Kiểm tra lại có chọn nhầm tệp không.', 'Check that this is the right file.'),
  });
}

function readFailed(file: string, err: unknown): Diagnostic {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const vi =
    code === 'ENOENT' ? 'Không tìm thấy tệp' : code === 'ENOTREG' ? 'Không phải tệp thường (thiết bị, đường ống…): không đọc làm hồ sơ' : code === 'EISDIR' ? 'Đây là thư mục, không phải tệp' : code === 'EACCES' ? 'Không có quyền đọc tệp' : 'Không đọc được tệp';
  return diagnostic({
    file,
    ruleId: 'load/read-failed',
    stage: 'io',
    message: t(vi, `Cannot read file (${code ?? (err instanceof Error ? err.message : String(err))})`),
  });
}

/** Characters in every string of a value (keys included). */
export function textChars(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + textChars(v), 0);
  if (value !== null && typeof value === 'object') return Object.entries(value).reduce((n, [k, v]) => n + k.length + textChars(v), 0);
  return 0;
}

/** Every string (keys included) in NFC, so "Hòa" typed on any keyboard compares equal. */
export function normalizeNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeNfc);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k.normalize('NFC')] = normalizeNfc(v);
    return out;
  }
  return value;
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are invalid too.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** Line and column (in characters, as an editor counts) of a byte offset in (possibly invalid) UTF-8. */
function byteOffsetToPosition(bytes: Uint8Array, offset: number): Position {
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // The prefix of the line before the bad byte is valid UTF-8 by construction.
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: prefix.length + 1 };
}

function toPosition(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function kib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

function emptyResult(file: string, source: string, diagnostics: Diagnostic[]): LoadedFile {
  return makeResult(file, source, new LineCounter(), undefined, diagnostics);
}

function makeResult(file: string, source: string, lineCounter: LineCounter, doc: Document.Parsed | undefined, diagnostics: Diagnostic[]): LoadedFile {
  const nodeAt = (path: DataPath, which: 'key' | 'value' = 'value'): Node | undefined => (doc ? findNode(doc, path, which) : undefined);
  const rangeOf = (path: DataPath, which: 'key' | 'value' = 'value'): Range | undefined => {
    const node = nodeAt(path, which);
    if (!node?.range) return undefined;
    const [from, valueEnd] = node.range;
    return { start: toPosition(lineCounter, from), end: toPosition(lineCounter, Math.max(valueEnd, from + 1)) };
  };
  return {
    file,
    source,
    ...(doc ? { doc } : {}),
    lineCounter,
    diagnostics,
    nodeAt,
    rangeOf,
    positionOf: (path, which = 'value') => rangeOf(path, which)?.start,
  };
}

/** Walks the YAML tree along a data path; keys compare in NFC, aliases are followed. */
function findNode(doc: Document.Parsed, path: DataPath, which: 'key' | 'value'): Node | undefined {
  let node: unknown = doc.contents;
  let key: unknown;
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const k = isScalar(p.key) ? p.key.value : p.key;
        return String(k).normalize('NFC') === String(seg);
      });
      if (!pair) return undefined;
      key = pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      key = undefined;
      node = node.items[seg];
    } else {
      return undefined;
    }
  }
  const chosen = which === 'key' && key !== undefined ? key : node;
  // An empty value (`date:`) has no node; fall back to its key so there is still a place to point.
  const picked = chosen ?? key;
  return picked && typeof picked === 'object' && 'range' in picked ? (picked as Node) : undefined;
}

// The file-name part of the id rule lives with the rest of it.
export { fileStem } from './ids.js';
