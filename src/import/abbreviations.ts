// Abbreviations the article defines inline: "khu vực phòng thủ (KVPT)", "quân sự, quốc phòng địa
// phương (QSQPĐP)". The words just before the parenthesis whose initials spell it are its meaning.
import { candidate, type Candidate } from './candidate.js';

const DEFINED = /\(([\p{Lu}Đ]{2,}[\p{Lu}Đ\d-]*)\)/gu;

export function recogniseAbbreviations(sentence: string): Candidate<[string, string]>[] {
  const out: Candidate<[string, string]>[] = [];
  for (const m of sentence.matchAll(DEFINED)) {
    const abbr = m[1]!;
    const letters = [...abbr.replace(/[-\d]/g, '')];
    const before = sentence.slice(0, m.index).trimEnd();
    const words = [...before.matchAll(/[\p{L}\p{M}]+/gu)];
    if (words.length < letters.length) continue;
    const tail = words.slice(-letters.length);
    const initials = tail.map((w) => w[0]!.charAt(0).toLocaleUpperCase('vi'));
    if (initials.join('') !== letters.join('')) continue;
    out.push(candidate([abbr, before.slice(tail[0]!.index)], sentence));
  }
  return out;
}
