// A word longer than a line must still be printed, broken by character. Word and LibreOffice do
// that themselves, but pdfmake does it by measuring ever-longer prefixes (shaping each): a
// 32,000-letter word took minutes and gigabytes. Both renderers therefore get the same break
// opportunities: a zero-width space (U+200B, in Tinos, zero advance, invisible) after every
// WORD_CHUNK characters of any word longer than LONG_WORD. These two are bounds on work, not layout
// measures: a chunk is narrower than any text column, and a narrower cell is still split by the
// renderer itself, within one short chunk.
export const LONG_WORD = 64;
export const WORD_CHUNK = 16;
export const BREAK_OPPORTUNITY = '\u200B';

const LONG_RUN = new RegExp(`[^\\s\\u200B]{${LONG_WORD + 1},}`, 'gu');

/** `text` with a break opportunity every WORD_CHUNK characters inside each word longer than LONG_WORD. */
export function breakLongWords(text: string): string {
  if (text.length <= LONG_WORD) return text;
  return text.replace(LONG_RUN, (word) => {
    let out = '';
    let count = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      // Never between a surrogate pair or before a combining mark: only before a new character.
      const startsCharacter = !(c >= 0xdc00 && c <= 0xdfff) && !/\p{M}/u.test(word[i]!);
      if (startsCharacter && count >= WORD_CHUNK) {
        out += BREAK_OPPORTUNITY;
        count = 0;
      }
      out += word[i];
      if (startsCharacter) count++;
    }
    return out;
  });
}
