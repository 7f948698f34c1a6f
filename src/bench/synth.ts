// Synthetic records for the bench, made deterministically from the seed records in data/: the same
// seed and count always give the same files, so two bench runs measure the same work.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

/** mulberry32: a tiny seeded PRNG; Math.random would make every run different. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The years synthetic meetings fall in (the summary bench covers them all). */
export const SYNTH_YEARS = { from: 2018, to: 2025 } as const;

const PLACES = ['Điện Biên', 'Lai Châu', 'Hà Giang', 'Sơn La', 'Lào Cai', 'Yên Bái', 'Cao Bằng', 'Lạng Sơn', 'Đồng Nai', 'Tuyên Quang'];

export function synthesize(seedDir: string, outDir: string, count: number, seed = 20261123): string[] {
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readFileSync(join(seedDir, f), 'utf8'));
  if (seeds.length === 0) throw new Error(`no seed records in ${seedDir}`);
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const doc = parseDocument(seeds[i % seeds.length]!);
    const year = SYNTH_YEARS.from + Math.floor(rand() * (SYNTH_YEARS.to - SYNTH_YEARS.from + 1));
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const place = pick(PLACES);
    doc.set('id', `bench-${String(i).padStart(5, '0')}`);
    doc.set('date', `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    doc.set('place', place);
    doc.setIn(['organizers', 0, 'unit'], pick(['CT', 'TM', 'HC', 'VP']));
    // Vary the body: repeat or drop a few points so documents differ in length (1–4 pages).
    const results = doc.getIn(['assessment', 'results']) as { items?: unknown[] } | undefined;
    const tasks = doc.getIn(['conclusion', 'tasks']) as { items?: unknown[] } | undefined;
    for (const seq of [results, tasks]) {
      if (!seq?.items || seq.items.length === 0) continue;
      const extra = Math.floor(rand() * 4);
      for (let k = 0; k < extra; k++) seq.items.push(seq.items[Math.floor(rand() * seq.items.length)]);
    }
    const file = join(outDir, `bench-${String(i).padStart(5, '0')}.yaml`);
    writeFileSync(file, doc.toString({ lineWidth: 0 }));
    files.push(file);
  }
  return files;
}
