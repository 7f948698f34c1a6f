// The import quality figure: each seed article drafted by the recognisers and compared, fact by
// fact, with its hand-written record in data/ (the record whose first lines name the seed file).
// Shared by the import test and `npm run bench`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { draftRecord } from '../import/draft.js';
import { compareFacts, type Quality } from '../import/quality.js';
import { recogniseArticle } from '../import/recognise.js';
import { assetPath } from '../host/paths.js';

/** Where the seed articles are: the shared folder beside the checkout. */
export const SEEDS_DIR = assetPath('..', 'shared', 'seeds');

export interface SeedResult {
  readonly seed: string;
  readonly record: string;
  readonly article: string;
  readonly draft: string;
  readonly quality: Quality;
}

/** Seed files and the records transcribed from them; records naming no seed are not compared. */
export function seedPairs(seedsDir = SEEDS_DIR, dataDir = assetPath('data')): Array<{ seed: string; record: string }> {
  if (!existsSync(seedsDir)) return [];
  const heads = readdirSync(dataDir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ f, head: readFileSync(join(dataDir, f), 'utf8').split('\n').slice(0, 3).join('\n') }));
  return readdirSync(seedsDir)
    .filter((s) => s.endsWith('.txt'))
    .sort()
    .flatMap((seed) => {
      const rec = heads.find((h) => h.head.includes(seed));
      return rec ? [{ seed: join(seedsDir, seed), record: join(dataDir, rec.f) }] : [];
    });
}

export function measureSeeds(pairs = seedPairs()): SeedResult[] {
  return pairs.map(({ seed, record }) => {
    const article = readFileSync(seed, 'utf8');
    const draft = draftRecord(recogniseArticle(article), seed.split('/').pop()!);
    return { seed, record, article, draft, quality: compareFacts(parse(draft), parse(readFileSync(record, 'utf8'))) };
  });
}

/** All seeds as one: facts summed, so a long article weighs more than a short one. */
export function overall(results: readonly SeedResult[]): { precision: number; recall: number; draftFacts: number; recordFacts: number } {
  const sum = (k: 'correct' | 'found' | 'draftFacts' | 'recordFacts') => results.reduce((n, r) => n + r.quality[k], 0);
  return { precision: sum('correct') / sum('draftFacts'), recall: sum('found') / sum('recordFacts'), draftFacts: sum('draftFacts'), recordFacts: sum('recordFacts') };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

export function qualityTable(results: readonly SeedResult[]): string {
  const name = (p: string) => p.split('/').pop()!;
  const rows = results.map((r) => `| ${name(r.seed)} | ${name(r.record)} | ${r.quality.correct}/${r.quality.draftFacts} | ${pct(r.quality.precision)} | ${r.quality.found}/${r.quality.recordFacts} | ${pct(r.quality.recall)} |`);
  const all = overall(results);
  return [
    '| seed | record | draft facts in record | precision | record facts in draft | recall |',
    '|---|---|---|---|---|---|',
    ...rows,
    `| all (${results.length}) | | ${Math.round(all.precision * all.draftFacts)}/${all.draftFacts} | ${pct(all.precision)} | ${Math.round(all.recall * all.recordFacts)}/${all.recordFacts} | ${pct(all.recall)} |`,
    '',
  ].join('\n');
}
