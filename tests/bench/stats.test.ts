// The bench's ratio and target lines (src/bench/stats.ts): numbers in, the printed verdict out.
import { describe, expect, it } from 'vitest';
import { formatTargets, interleaved } from '../../src/bench/stats.js';

describe('interleaved ratios', () => {
  it('alternates which side runs first and gives the median of the per-round ratios with their spread', async () => {
    const calls: string[] = [];
    const aTimes = [10, 30, 20, 40, 50];
    const bTimes = [5, 10, 10, 10, 10];
    let i = 0;
    let j = 0;
    const r = await interleaved(
      5,
      () => (calls.push('a'), aTimes[i++]!),
      () => (calls.push('b'), bTimes[j++]!),
    );
    expect(calls.join('')).toBe('abbaabbaab');
    // Ratios per round: 2, 3, 2, 4, 5.
    expect(r.median).toBe(3);
    expect(r.low).toBe(2);
    expect(r.high).toBe(5);
    expect(r.a).toBe(30);
    expect(r.b).toBe(10);
  });
});

describe('targets table', () => {
  it('says met, missed by ×N, or not measured', () => {
    const out = formatTargets([
      { what: 'fast enough', value: 1, target: 2, unit: '×' },
      { what: 'too slow', value: 3, target: 2, unit: '×' },
      { what: 'peer absent', value: NaN, target: 2, unit: '×' },
    ]);
    expect(out).toMatch(/\| fast enough +\| 1\.00× +\| ≤ 2\.00× +\| met /);
    expect(out).toMatch(/\| too slow +\| 3\.00× +\| ≤ 2\.00× +\| missed by ×1\.5 /);
    expect(out).toMatch(/\| peer absent +\| — +\| ≤ 2\.00× +\| not measured /);
  });
});
