// Tone-mark placement in the open syllables oa, oe, uy: old style marks the first vowel (hòa, thủy),
// new style the second (hoà, thuỷ). Only these rimes, with an ordinary onset and no final consonant,
// have a choice; everything else (hoàn, thuyền, quý, già) is spelled one way and must not move.
import type { Edit } from './edits.js';

export type ToneStyle = 'old' | 'new' | 'preserve';

/** The five tone marks as combining characters (huyền, sắc, ngã, hỏi, nặng). */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** Onsets that leave the oa/oe/uy choice open; qu and gi are absent on purpose (quý, già). */
const ONSETS = new Set([
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph',
  'r', 's', 't', 'th', 'tr', 'v', 'x',
]);
const RIMES = new Set(['oa', 'oe', 'uy']);

interface Letter {
  base: string; // the letter without its tone mark, NFC, original case
  tone: string; // the combining tone mark, or ''
}

// Every letter of every syllable goes through here; there are only a few hundred distinct ones.
const split = new Map<string, Letter>();

function splitTone(ch: string): Letter {
  let letter = split.get(ch);
  if (!letter) {
    const d = ch.normalize('NFD');
    const tone = d.match(TONE_MARKS)?.[0] ?? '';
    letter = { base: d.replace(TONE_MARKS, '').normalize('NFC'), tone };
    split.set(ch, letter);
  }
  return letter;
}

/** Which style a syllable is written in, or null when it has no choice (or no tone mark). */
export function syllableStyle(word: string): 'old' | 'new' | null {
  const info = analyse(word.normalize('NFC'));
  return info ? info.style : null;
}

interface Analysis {
  letters: Letter[];
  first: number; // index of the rime's first vowel
  style: 'old' | 'new';
}

function analyse(word: string): Analysis | null {
  const letters = [...word].map(splitTone);
  if (letters.length < 2) return null;
  const bare = letters.map((l) => l.base.toLowerCase()).join('');
  const rime = bare.slice(-2);
  if (!RIMES.has(rime) || !ONSETS.has(bare.slice(0, -2))) return null;
  const first = letters.length - 2;
  const toned = letters.map((l, i) => (l.tone ? i : -1)).filter((i) => i >= 0);
  if (toned.length !== 1) return null;
  const at = toned[0];
  if (at === first) return { letters, first, style: 'old' };
  if (at === first + 1) return { letters, first, style: 'new' };
  return null;
}

// A document has a few hundred distinct syllables and every string is walked word by word (for the
// tone style, and again folded for the protected names): each syllable is analysed once per style.
const restyled = { old: new Map<string, string>(), new: new Map<string, string>() };
const MAX_SYLLABLES = 50_000;

/** Rewrites one syllable to the given style; returns it unchanged when it has no choice. */
export function restyleSyllable(word: string, style: 'old' | 'new'): string {
  const memo = restyled[style];
  let out = memo.get(word);
  if (out === undefined) {
    if (memo.size >= MAX_SYLLABLES) memo.clear();
    memo.set(word, (out = restyle(word, style)));
  }
  return out;
}

function restyle(word: string, style: 'old' | 'new'): string {
  const nfc = word.normalize('NFC');
  const info = analyse(nfc);
  if (!info || info.style === style) return nfc;
  const { letters, first } = info;
  const from = style === 'old' ? first + 1 : first;
  const to = style === 'old' ? first : first + 1;
  const fromLetter = letters[from]!;
  const toLetter = letters[to]!;
  const tone = fromLetter.tone;
  const out = letters.map((l) => l.base + l.tone);
  out[from] = fromLetter.base;
  out[to] = (toLetter.base + tone).normalize('NFC');
  return out.join('').normalize('NFC');
}

/** A syllable-sized run of letters in the text. */
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Spans of `text` covered by a protected string (personal names). Matching folds tone placement,
 * so "Thủy" in the people list also protects "Thuỷ" in the text; both have the same length in NFC.
 */
export function protectedSpans(text: string, protect: readonly string[] = []): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (protect.length === 0) return spans;
  // Most strings name nobody: a name whose anchor is absent cannot match, and when no name can,
  // the text is not folded at all.
  const candidates = needlesOf(protect).filter((n) => text.includes(n.anchor));
  if (candidates.length === 0) return spans;
  const folded = foldTone(text);
  for (const { needle } of candidates) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(needle, from);
      if (at < 0) break;
      spans.push([at, at + needle.length]);
      from = at + 1;
    }
  }
  return spans;
}

interface Needle {
  /** The name folded, as searched in the folded text. */
  readonly needle: string;
  /**
   * The longest run of the name that folding never changes (letters other than o, a, e, u, y and
   * their toned forms): wherever the folded text holds the name, the text itself holds this run.
   */
  readonly anchor: string;
}

const needles = new WeakMap<readonly string[], Needle[]>();

function needlesOf(protect: readonly string[]): Needle[] {
  let list = needles.get(protect);
  if (!list) {
    list = [];
    for (const p of protect) {
      const needle = foldTone(p.normalize('NFC').trim());
      if (!needle) continue;
      let anchor = '';
      let run = '';
      for (const ch of needle) {
        if (FOLDABLE.has(splitTone(ch).base.toLowerCase())) run = '';
        else if ((run += ch).length > anchor.length) anchor = run;
      }
      list.push({ needle, anchor });
    }
    needles.set(protect, list);
  }
  return list;
}

/** The letters whose tone mark folding may move (the vowels of oa, oe, uy). */
const FOLDABLE = new Set(['o', 'a', 'e', 'u', 'y']);

function inSpans(spans: Array<[number, number]>, start: number, end: number): boolean {
  return spans.some(([s, e]) => start < e && end > s);
}

/** Text with every choice syllable in old style, for comparing strings whatever their placement. */
export function foldTone(text: string): string {
  return text.replace(WORD, foldWord);
}

const folded = new Map<string, string>();

function foldWord(w: string): string {
  let out = folded.get(w);
  if (out === undefined) {
    if (folded.size >= MAX_SYLLABLES) folded.clear();
    folded.set(w, (out = w.normalize('NFC') === w ? restyleSyllable(w, 'old') : w));
  }
  return out;
}

/** Options shared by the tone functions. */
export interface ToneOptions {
  /** Strings never rewritten nor reported, e.g. personal names. */
  readonly protect?: readonly string[];
}

/** One syllable written in a definite style, with its offsets in the text. */
export interface ToneOccurrence {
  readonly style: 'old' | 'new';
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

/** Every syllable written in old or new style, outside protected spans (for `typo/tone-mixed`). */
export function detectToneStyles(text: string, options: ToneOptions = {}): ToneOccurrence[] {
  const spans = protectedSpans(text, options.protect);
  const found: ToneOccurrence[] = [];
  for (const m of text.matchAll(WORD)) {
    const end = m.index + m[0].length;
    if (inSpans(spans, m.index, end)) continue;
    const style = syllableStyle(m[0]);
    if (style) found.push({ style, start: m.index, end, word: m[0] });
  }
  return found;
}

/** Edits that put every choice syllable of `text` into `style` (rule `typo/tone-mixed`). */
export function toneEdits(text: string, style: ToneStyle, options: ToneOptions = {}): Edit[] {
  if (style === 'preserve') return [];
  return detectToneStyles(text, options)
    .filter((o) => o.style !== style)
    .map((o) => ({ start: o.start, end: o.end, replacement: restyleSyllable(o.word, style), ruleId: 'typo/tone-mixed' }));
}

/**
 * Rewrites the text (NFC) so every oa/oe/uy open syllable uses `style` (`preserve` leaves it).
 * Protected strings such as personal names are left as written.
 */
export function applyToneStyle(text: string, style: ToneStyle, options: ToneOptions = {}): string {
  const nfc = text.normalize('NFC');
  if (style === 'preserve') return nfc;
  const spans = protectedSpans(nfc, options.protect);
  return nfc.replace(WORD, (w, offset: number) =>
    inSpans(spans, offset, offset + w.length) ? w : restyleSyllable(w, style),
  );
}
