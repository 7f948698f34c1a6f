// Text that cannot be written is refused where it enters, with its position: a character XML 1.0
// forbids makes document.xml unreadable (LibreOffice refuses the DOCX), a lone surrogate cannot be
// encoded at all, and a character the embedded fonts lack silently vanishes from the PDF. Numbers
// YAML cannot hold exactly and year 0000 (no such year in the calendar the decree dates by) are
// refused here too. Invisible characters and tabs that can be dropped safely are the lint's
// (typography/lint.ts: typo/control-char, typo/tab), since `check --fix` can remove them.
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { diagnostic, t, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import { fontsCover } from '../layout/measure.js';

/** Characters dropped from every output string (typography/unicode.ts); whether a font has them does not matter. */
const DROPPED = /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** Non-characters: U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, …). */
export function isNonCharacter(cp: number): boolean {
  return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
}

/** Latin (with Vietnamese) ranges every Tinos face covers: no need to open the fonts for them. */
function surelyCovered(cp: number): boolean {
  return cp < 0x250 || (cp >= 0x1ea0 && cp <= 0x1ef9) || (cp >= 0x300 && cp <= 0x323);
}

export type CharProblem = 'surrogate' | 'noncharacter' | 'no-glyph';

/** The first problem of each distinct character of `text`, with its index (in UTF-16 units). */
export function charProblems(text: string): Array<{ index: number; char: string; problem: CharProblem }> {
  const out: Array<{ index: number; char: string; problem: CharProblem }> = [];
  const seen = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const at = i;
    i += width - 1;
    if (cp < 0x80 || seen.has(cp)) continue;
    let problem: CharProblem | undefined;
    if (cp >= 0xd800 && cp <= 0xdfff) problem = 'surrogate'; // codePointAt returns a lone half as itself
    else if (isNonCharacter(cp)) problem = 'noncharacter';
    else if (!surelyCovered(cp) && !DROPPED.test(String.fromCodePoint(cp)) && !fontsCover(cp)) problem = 'no-glyph';
    if (!problem) continue;
    seen.add(cp);
    out.push({ index: at, char: String.fromCodePoint(cp), problem });
  }
  return out;
}

export const codePointName = (char: string): string => 'U+' + char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');

type DataPath = (string | number)[];

/** Every problem of the document's keys and values, each at the character's place in the source. */
export function checkCharacters(file: string, doc: Document.Parsed, source: string, lineCounter: LineCounter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const field = (path: DataPath) => (path.length === 0 ? '(gốc)' : path.join('.'));

  const scalar = (node: Node, path: DataPath) => {
    if (!isScalar(node)) return;
    const [from, to] = node.range ?? [0, 0];
    const value = node.value;
    if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
      out.push(
        diagnostic({
          file, ruleId: 'text/unsafe-integer', stage: 'io', start: at(from), path,
          message: t(`Số \`${source.slice(from, to).trim()}\` ở ${field(path)} quá lớn để giữ chính xác (lớn hơn 2^53)`, `The number \`${source.slice(from, to).trim()}\` at ${field(path)} is too large to keep exactly (beyond 2^53)`),
          hint: t('Đặt số trong dấu nháy nếu đó là mã hay số hiệu.', 'Quote it if it is a code or a reference number.'),
        }),
      );
    }
    if (typeof value !== 'string') return;
    if (/^0000(?:-\d{1,2}){0,2}$/.test(value)) {
      out.push(
        diagnostic({
          file, ruleId: 'text/year-zero', stage: 'io', start: at(from), path,
          message: t(`Năm 0000 ở ${field(path)} không có trong lịch`, `Year 0000 at ${field(path)} does not exist in the calendar`),
          hint: t('Ghi đúng năm theo nguồn, hoặc bỏ trống khi nguồn không ghi.', 'Write the year the source gives, or leave it out.'),
        }),
      );
    }
    for (const p of charProblems(value)) {
      // The character stands in the source unless it was written as an escape ("\uFFFE"); then point at the value.
      const literal = source.indexOf(p.char, from);
      const start = at(literal >= from && literal < to ? literal : from);
      const name = codePointName(p.char);
      const shown = p.problem === 'no-glyph' ? ` “${p.char}”` : '';
      const [vi, en, hintVi, hintEn] =
        p.problem === 'no-glyph'
          ? [`Ký tự${shown} (${name}) ở ${field(path)} không có trong phông chữ của văn bản (Tinos): sẽ mất khi in`, `Character${shown} (${name}) at ${field(path)} is not in the document's font (Tinos): it would vanish from the output`, 'Thay bằng chữ thường (ví dụ ☑ → [x], ① → (1)) hoặc bỏ đi; biểu tượng cảm xúc và chữ Hán không in được.', 'Replace it with plain text (☑ → [x], ① → (1)) or remove it; emoji and CJK cannot be printed.']
          : p.problem === 'surrogate'
            ? [`Ký tự ${name} ở ${field(path)} là nửa cặp UTF-16 lẻ, không ghi được vào văn bản`, `Character ${name} at ${field(path)} is a lone UTF-16 surrogate and cannot be written`, 'Xóa ký tự này (thường do sao chép hỏng hoặc mã \\u viết dở).', 'Delete it (usually a broken copy or a half-written \\u escape).']
            : [`Ký tự ${name} ở ${field(path)} không phải là chữ (non-character), không được phép trong DOCX`, `Character ${name} at ${field(path)} is a Unicode non-character, not allowed in DOCX`, 'Xóa ký tự này; trình soạn thảo có thể không hiện nó.', 'Delete it; an editor may not show it.'];
      out.push(
        diagnostic({
          file, ruleId: p.problem === 'no-glyph' ? 'text/missing-glyph' : 'text/illegal-char', stage: 'io', start, path,
          message: t(vi, en), hint: t(hintVi, hintEn),
        }),
      );
    }
  };

  const walk = (node: unknown, path: DataPath) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (isScalar(pair.key)) scalar(pair.key, path);
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    } else if (isScalar(node)) {
      scalar(node, path);
    }
  };
  walk(doc.contents, []);
  return out;
}
