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

const fmt = (v: number) => (Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

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
