// Unicode hygiene: text copied from the web arrives decomposed (NFD) or with invisible characters;
// pdfmake draws NFD as broken glyphs and search in the PDF fails. This step only composes and drops
// invisibles — it never turns one letter into another.
import type { Edit } from './edits.js';

/** Zero-width and bidi controls, BOM, soft hyphen, and C0/C1 controls except \n and \t. */
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/** Returns the text in Unicode NFC. */
export function toNFC(text: string): string {
  return text.normalize('NFC');
}

/** True when the text is already NFC. */
export function isNFC(text: string): boolean {
  return text === text.normalize('NFC');
}

/**
 * Finds every run of a base character plus combining marks that NFC would change.
 * Each edit replaces the run by its composed form (rule `typo/nfd`).
 */
export function nfdEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  // A cluster is one non-mark code point followed by marks; NFC works cluster by cluster.
  for (const m of text.matchAll(/\P{M}\p{M}+|\p{M}+/gu)) {
    const run = m[0];
    const composed = run.normalize('NFC');
    if (composed !== run) edits.push({ start: m.index, end: m.index + run.length, replacement: composed, ruleId: 'typo/nfd' });
  }
  return edits;
}

/** Edits removing invisible and control characters (rule `typo/control-char`); CR before LF is kept out of it. */
export function controlCharEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(INVISIBLE)) {
    // A CR of a CRLF pair is a line ending, not junk; output normalisation folds it separately.
    if (m[0] === '\r' && text[m.index + 1] === '\n') continue;
    edits.push({ start: m.index, end: m.index + 1, replacement: '', ruleId: 'typo/control-char' });
  }
  return edits;
}

/** Removes zero-width and control characters (keeps \n and \t; CRLF becomes LF). */
export function removeControlChars(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(INVISIBLE, '');
}

/** NFC plus invisible-character cleanup: the Unicode step of every output string. */
export function cleanUnicode(text: string): string {
  return toNFC(removeControlChars(text));
}

/** Edits turning each run of tabs inside a value into one space (rule `typo/tab`). */
export function tabEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(/\t+/gu)) edits.push({ start: m.index, end: m.index + m[0].length, replacement: ' ', ruleId: 'typo/tab' });
  return edits;
}
