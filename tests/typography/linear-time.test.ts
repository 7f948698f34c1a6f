// Every typography and markup pass runs in time linear in its input. Each pass gets adversarial
// strings of 100,000 characters (a record is at most 256 KiB, so one value is at most that long):
// before the fix, the punctuation pass took 74 s on 100,000 letters and the abbreviation passes
// minutes; a linear pass takes milliseconds. The bound is a guard against hangs, set far above a
// linear run and far below a quadratic one, not a speed target (speed is `npm run bench`'s).
import { describe, expect, it } from 'vitest';
import {
  addNbsp, applyToneStyle, caseFindings, cleanUnicode, detectToneStyles, expandAbbreviations, findAbbreviations,
  fixPunctuation, inlineDefinitions, nfdEdits, normalizeText, punctuationEdits, sentenceCase, symbolSpans, upperVi,
} from '../../src/typography/index.js';
import { decodeEntities, parseMarkup } from '../../src/template/markup.js';
import { breakLongWords } from '../../src/render/long-words.js';

const N = 100_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);

const INPUTS: Record<string, string> = {
  letters: repeat('a'),
  vietnamese: repeat('ộ'),
  digits: repeat('1'),
  spaces: `a${repeat(' ')}b`,
  dots: repeat('.'),
  symbolLike: repeat('A-'),
  emailLike: repeat('a.'),
  quotes: repeat('"'),
  hyphens: repeat('a -'),
  capitals: repeat('AB '),
  wordsBeforeBracket: repeat('khu vực '),
  unclosedComments: repeat('<!--'),
  unclosedTags: repeat('<a'),
  entities: repeat('&a'),
  marks: repeat('a\u0301'),
};

const PASSES: Record<string, (s: string) => unknown> = {
  punctuationEdits, fixPunctuation, addNbsp, caseFindings, findAbbreviations, inlineDefinitions, nfdEdits, cleanUnicode,
  symbolSpans, sentenceCase, upperVi, parseMarkup, decodeEntities, breakLongWords,
  detectToneStyles: (s) => detectToneStyles(s),
  applyToneStyle: (s) => applyToneStyle(s, 'old'),
  normalizeText: (s) => normalizeText(s),
  expandAbbreviations: (s) => expandAbbreviations(s, { KVPT: 'khu vực phòng thủ' }),
};

const BOUND_MS = 5_000;

describe('typography and markup passes take linear time', () => {
  for (const [name, pass] of Object.entries(PASSES)) {
    it(`${name} on 100,000-character adversarial strings`, () => {
      const slow: string[] = [];
      for (const [input, text] of Object.entries(INPUTS)) {
        const t0 = performance.now();
        pass(text);
        const ms = performance.now() - t0;
        if (ms > BOUND_MS) slow.push(`${input}: ${Math.round(ms)} ms`);
      }
      expect(slow).toEqual([]);
    }, 120_000);
  }
});
