#!/usr/bin/env node
// Proposes two-syllable words for the line-breaking lexicon (src/layout/lexicon/words.txt): every
// pair of adjacent syllables, inside one clause, in the records (data/*.yaml), the seed articles and
// the format spec, counted and sorted. It only proposes: most pairs are not words ("quân sự tỉnh"
// gives "sự tỉnh"), so a person keeps the real ones. Pairs already in the lexicon are left out.
//   node scripts/lexicon-candidates.mjs [min-count] [more text files…]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// The compiled typography module (npm ci builds dist/): the same folding the line breaker uses.
import { foldTone } from '../dist/typography/tone.js';

const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared');
const min = Number(process.argv[2] ?? 2);
const files = [
  ...readdirSync(join(root, 'data')).filter((f) => f.endsWith('.yaml')).map((f) => join(root, 'data', f)),
  ...['seeds', 'spec'].flatMap((d) => (existsSync(join(shared, d)) ? readdirSync(join(shared, d)).map((f) => join(shared, d, f)) : [])),
  ...process.argv.slice(3),
];

// Old-style tone placement (hòa, thủy) so "uỷ" and "ủy" count as one syllable; the lexicon is kept so.
const fold = (s) => foldTone(s.normalize('NFC').toLowerCase());
const lexicon = new Set(
  readFileSync(join(root, 'src', 'layout', 'lexicon', 'words.txt'), 'utf8')
    .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map(fold),
);

const counts = new Map();
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  // A clause: letters between punctuation; pairs never cross a comma, a digit or markup.
  for (const clause of text.split(/[^\p{L}\p{M} ]+/u)) {
    const syl = clause.split(/ +/).filter((w) => /^\p{L}[\p{L}\p{M}]*$/u.test(w)).map(fold);
    for (let i = 0; i + 1 < syl.length; i++) {
      const pair = `${syl[i]} ${syl[i + 1]}`;
      if (/[a-z]{2,} [a-z]{2,}$/.test(pair) && !/[^\x00-\x7f]/.test(pair)) continue; // English
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
  }
}
const rows = [...counts].filter(([p, n]) => n >= min && !lexicon.has(p)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'));
for (const [p, n] of rows) console.log(`${n}\t${p}`);
