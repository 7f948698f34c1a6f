// Text folded for "is this fact printed?" checks: case, tone style, quotes, dash spacing and the
// spaces the output adds are made equal, so a record string is found in a document's extracted text.
import { foldTone } from '../../src/typography/index.js';

/** Text as compared: NFC, lower case, old tone style, one kind of quote and dash spacing, no final stop. */
export function fold(s: string): string {
  return foldTone(s.normalize('NFC').toLocaleLowerCase('vi'))
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/[“”"«»]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/…/g, '...')
    .replace(/\s*[-–—]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s*([,;:.!?)])/g, '$1')
    // The output puts a space after a comma the record may have run on ("QP,QS" → "QP, QS").
    .replace(/([,;:])\s+/g, '$1')
    .replace(/\(\s*/g, '(')
    .trim()
    .replace(/[.;:,]+$/, '');
}

/**
 * The documents' text, also with every abbreviation's first-use expansion "khu vực phòng thủ (KVPT)"
 * folded back to the short form the record wrote, so a record string holding "KVPT" is found either way.
 */
export function searchable(texts: string[], abbreviations: Record<string, string>): string[] {
  const joined = fold(texts.join(' '));
  let contracted = joined;
  for (const [k, v] of Object.entries(abbreviations)) contracted = contracted.split(`${fold(v)} (${fold(k)})`).join(fold(k));
  return [joined, contracted];
}

/** Every string of a parsed record with its path. */
export function strings(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}
