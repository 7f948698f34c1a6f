// Small statistics and the bench's table.
export interface Row {
  readonly what: string;
  readonly value: number;
  readonly unit: string;
  /** The target, in the row's unit; lower is better. */
  readonly target?: number;
  readonly note?: string;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function p95(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
}

const fmt = (v: number) => (Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 0.1 ? v.toFixed(2) : v.toFixed(3));

export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => [
    r.what,
    `${fmt(r.value)} ${r.unit}`,
    r.target === undefined ? '' : `≤ ${fmt(r.target)} ${r.unit}`,
    r.target === undefined || Number.isNaN(r.value) ? '' : r.value <= r.target ? 'ok' : `MISS ×${(r.value / r.target).toFixed(1)}`,
    r.note ?? '',
  ]);
  const head = ['measure', 'value', 'target', '', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => '| ' + c.map((x, i) => x.padEnd(widths[i]!)).join(' | ') + ' |\n';
  return line(head) + line(widths.map((w) => '-'.repeat(w))) + cells.map(line).join('');
}

/** A ratio measured round by round: its median and the spread (lowest and highest round). */
export interface Ratio {
  readonly median: number;
  readonly low: number;
  readonly high: number;
  readonly rounds: number;
  /** Medians of the two sides, in their unit. */
  readonly a: number;
  readonly b: number;
}

/**
 * Runs `a` and `b` in turn (A B A B …) and gives the ratio of each round's pair: on a shared machine
 * load comes and goes, and a pair measured seconds apart sees the same load, where two blocks of
 * rounds measured a minute apart may not.
 */
export async function interleaved(rounds: number, a: () => Promise<number> | number, b: () => Promise<number> | number): Promise<Ratio> {
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Alternate which side goes first, so neither always runs on a cache the other just warmed.
    let x: number;
    let y: number;
    if (i % 2 === 0) {
      x = await a();
      y = await b();
    } else {
      y = await b();
      x = await a();
    }
    as.push(x);
    bs.push(y);
    ratios.push(x / y);
  }
  const sorted = [...ratios].sort((p, q) => p - q);
  return { median: median(ratios), low: sorted[0] ?? NaN, high: sorted[sorted.length - 1] ?? NaN, rounds, a: median(as), b: median(bs) };
}

export const formatRatio = (r: Ratio): string => `${r.median.toFixed(2)}× (${r.low.toFixed(2)}–${r.high.toFixed(2)}, ${r.rounds} rounds)`;

/** One line of the targets table. */
export interface Target {
  readonly what: string;
  readonly value: number;
  readonly target: number;
  readonly unit: string;
  readonly note?: string;
}

export function formatTargets(targets: readonly Target[]): string {
  const cells = targets.map((t) => [
    t.what,
    Number.isNaN(t.value) ? '—' : `${fmt(t.value)}${t.unit}`,
    `≤ ${fmt(t.target)}${t.unit}`,
    Number.isNaN(t.value) ? 'not measured' : t.value <= t.target ? 'met' : `missed by ×${(t.value / t.target).toFixed(t.value / t.target < 1.1 ? 2 : 1)}`,
    t.note ?? '',
  ]);
  const head = ['target', 'measured', 'goal', 'verdict', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => '| ' + c.map((x, i) => x.padEnd(widths[i]!)).join(' | ') + ' |\n';
  return line(head) + line(widths.map((w) => '-'.repeat(w))) + cells.map(line).join('');
}
