// The field's compound words (src/layout/lexicon/words.txt) and administrative levels (levels.txt),
// kept as data a unit can extend, read once per process. The frame's line breaker asks two things
// of them: which gaps between syllables fall inside a word ("chỉ | đạo", "Bà Rịa - Vũng | Tàu"),
// and which gaps stand before a level ("ỦY BAN NHÂN DÂN | TỈNH LAI CHÂU").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetPath } from '../host/paths.js';
import { foldTone } from '../typography/tone.js';

/** Folder of the lexicon files, found from src/ and dist/ alike. */
export const lexiconDir = (): string => assetPath('src', 'layout', 'lexicon');

/** Lower case, NFC and old tone placement: "ĐẢNG UỶ", "Đảng ủy" and "đảng uỷ" compare equal. */
export function foldSyllable(s: string): string {
  return foldTone(s.normalize('NFC').toLowerCase());
}

/** Entries of one list, folded, each split into syllables. */
export function parseList(text: string): string[][] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split(/\s+/).map(foldSyllable));
}

/** Phrases indexed by their first syllable, longest first, for matching at a position. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  readonly size: number;

  constructor(phrases: readonly (readonly string[])[]) {
    let size = 0;
    for (const p of phrases) {
      if (p.length === 0) continue;
      const list = this.byFirst.get(p[0]!) ?? [];
      if (list.some((q) => q.join(' ') === p.join(' '))) continue;
      list.push([...p]);
      size++;
      this.byFirst.set(p[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    this.size = size;
  }

  /** Lengths (in syllables) of the phrases that start at `i` in `syllables` (already folded). */
  matchesAt(syllables: readonly string[], i: number, closed: (k: number) => boolean): number[] {
    const out: number[] = [];
    for (const p of this.byFirst.get(syllables[i]!) ?? []) {
      if (i + p.length > syllables.length) continue;
      let ok = true;
      for (let k = 1; k < p.length && ok; k++) ok = syllables[i + k] === p[k] && !closed(i + k - 1);
      if (ok) out.push(p.length);
    }
    return out;
  }
}

export interface Lexicon {
  readonly words: PhraseSet;
  readonly levels: PhraseSet;
}

let loaded: Lexicon | undefined;

/** The shipped lexicon, read on first use. */
export function lexicon(): Lexicon {
  loaded ??= {
    words: new PhraseSet(parseList(readFileSync(join(lexiconDir(), 'words.txt'), 'utf8'))),
    levels: new PhraseSet(parseList(readFileSync(join(lexiconDir(), 'levels.txt'), 'utf8'))),
  };
  return loaded;
}

/** Punctuation around a syllable that is not part of it: "(khóa", "XI),", "“Đảng". */
const EDGE = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** What the breaker needs to know of the gap after each syllable of a line of text. */
export interface Gap {
  /** A break here would split a word of the lexicon. */
  readonly inWord: boolean;
  /** A level (TỈNH, HUYỆN, QUÂN KHU…) starts right after this gap. */
  readonly beforeLevel: boolean;
  /** The syllable before the gap is a level: breaking here parts it from its name. */
  readonly afterLevel: boolean;
  /** The syllable before the gap closes a clause (",", ";"). */
  readonly afterClause: boolean;
}

/**
 * The gaps between `syllables` (as printed, one per array item; length n gives n − 1 gaps),
 * classified against the lexicon. A word never runs over punctuation: "chỉ, đạo" is two words.
 */
export function classifyGaps(syllables: readonly string[], lex: Lexicon = lexicon()): Gap[] {
  // A lone mark ("-" in "Bà Rịa - Vũng Tàu") is a syllable of its own and is kept as it is.
  const folded = syllables.map((s) => foldSyllable(s.replace(EDGE, '') || s));
  // A gap is closed when punctuation is attached to a word at it: "đạo," or "(khóa".
  const word = /[\p{L}\p{N}]/u;
  const closed = (k: number): boolean => {
    const [a = '', b = ''] = [syllables[k], syllables[k + 1]];
    return (word.test(a) && /[\p{P}\p{S}]$/u.test(a)) || (word.test(b) && /^[\p{P}\p{S}]/u.test(b));
  };
  const n = syllables.length;
  const inWord = new Array<boolean>(Math.max(0, n - 1)).fill(false);
  const beforeLevel = new Array<boolean>(Math.max(0, n - 1)).fill(false);
  const afterLevel = new Array<boolean>(Math.max(0, n - 1)).fill(false);
  for (let i = 0; i < n; i++) {
    const words = lex.words.matchesAt(folded, i, closed);
    for (const len of words) for (let k = i; k < i + len - 1; k++) inWord[k] = true;
    const level = Math.max(0, ...lex.levels.matchesAt(folded, i, closed));
    // "xã hội", "Tỉnh ủy": a longer word that starts like a level is not that level.
    if (level > 0 && !words.some((len) => len > level)) {
      if (i > 0) beforeLevel[i - 1] = true;
      if (i + level - 1 < n - 1) afterLevel[i + level - 1] = true;
    }
  }
  return inWord.map((w, k) => ({
    inWord: w,
    beforeLevel: beforeLevel[k]!,
    afterLevel: afterLevel[k]!,
    afterClause: /[,;]$/u.test(syllables[k]!),
  }));
}
