// `--shard i/n`: which records a CI machine builds. A record's slice follows from a hash of its id
// alone, so it never depends on file order, folder or machine, and the records that share an id
// (up to case and normalisation, refused together) always land in the same slice.
import { createHash } from 'node:crypto';
import { t, type Text } from '../diagnostics/diagnostic.js';

export interface Shard {
  /** 1-based, as CI matrices count. */
  readonly index: number;
  readonly count: number;
}

export function parseShard(value: string): { shard?: Shard; error?: Text } {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    return { error: t(`--shard cần dạng i/n với 1 ≤ i ≤ n, ví dụ 2/3 (đã cho: \`${value}\`)`, `--shard takes i/n with 1 ≤ i ≤ n, e.g. 2/3 (got \`${value}\`)`) };
  }
  return { shard: { index, count } };
}

/** The 1-based slice of a record id among n. */
export function shardOf(id: string, count: number): number {
  const digest = createHash('sha256').update(id.normalize('NFC').toLowerCase()).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export const shardLabel = (s: Shard): string => `${s.index}/${s.count}`;
