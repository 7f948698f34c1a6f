// The default --jobs: decided from the machine's facts (cores, cgroup quota, load), not from the
// number of cores alone; the rule is pinned here on facts, never on timings.
import { describe, expect, it } from 'vitest';
import { cgroupQuota, jobsFor, othersRunning, WORKER_THRESHOLD } from '../../src/pipeline/jobs.js';

describe('jobsFor', () => {
  it('builds a small batch in this process, whatever the machine', () => {
    expect(jobsFor(WORKER_THRESHOLD - 1, { cores: 32, load: 0 })).toBe(1);
    expect(jobsFor(1, { cores: 64, load: 0 })).toBe(1);
  });

  it('gives two workers on an idle 2-core machine, one on a busy one (measured both ways there)', () => {
    expect(jobsFor(200, { cores: 2, load: 0 })).toBe(2);
    expect(jobsFor(200, { cores: 2, load: 1 })).toBe(1);
    expect(jobsFor(200, { cores: 2, load: 10 })).toBe(1);
    expect(jobsFor(200, { cores: 1, load: 0 })).toBe(1);
  });

  it('leaves other processes the cores they are running on', () => {
    expect(jobsFor(200, { cores: 8, load: 0 })).toBe(8);
    expect(jobsFor(200, { cores: 8, load: 3.4 })).toBe(4);
    expect(jobsFor(200, { cores: 8, load: 12 })).toBe(1);
    expect(jobsFor(200, { cores: 4, load: 0.5 })).toBe(3);
  });

  it('obeys a container’s CPU quota over the cores the kernel lists', () => {
    expect(jobsFor(200, { cores: 16, quota: 2, load: 0 })).toBe(2);
    expect(jobsFor(200, { cores: 16, quota: 4.5, load: 0 })).toBe(4);
    expect(jobsFor(200, { cores: 4, quota: 64, load: 0 })).toBe(4);
  });

  it('never starts more workers than records', () => {
    expect(jobsFor(9, { cores: 64, load: 0 })).toBe(9);
  });
});

describe('othersRunning', () => {
  const loadavg = (...lines: string[]) => {
    let i = 0;
    return (p: string) => (p === '/proc/loadavg' ? lines[Math.min(i++, lines.length - 1)] : undefined);
  };

  it('counts the runnable threads besides the one reading, the least of the samples', () => {
    expect(othersRunning(loadavg('0.10 0.20 0.30 1/79 3063\n'))).toBe(0);
    expect(othersRunning(loadavg('9.8 9.1 7.2 11/400 9\n', '9.8 9.1 7.2 4/400 9\n', '9.8 9.1 7.2 7/400 9\n'))).toBe(3);
  });

  it('is undefined where there is no /proc/loadavg (not Linux)', () => {
    expect(othersRunning(() => undefined)).toBeUndefined();
  });
});

describe('cgroupQuota', () => {
  const files = (entries: Record<string, string>) => (p: string) => entries[p];

  it('reads cgroup v2 cpu.max', () => {
    expect(cgroupQuota(files({ '/sys/fs/cgroup/cpu.max': '150000 100000\n' }))).toBe(1.5);
    expect(cgroupQuota(files({ '/sys/fs/cgroup/cpu.max': 'max 100000\n' }))).toBeUndefined();
  });

  it('reads cgroup v1 quota and period (-1: unlimited)', () => {
    const v1 = (quota: string) => files({ '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': quota, '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000\n' });
    expect(cgroupQuota(v1('200000\n'))).toBe(2);
    expect(cgroupQuota(v1('-1\n'))).toBeUndefined();
  });

  it('is undefined without cgroup files or with nonsense in them', () => {
    expect(cgroupQuota(files({}))).toBeUndefined();
    expect(cgroupQuota(files({ '/sys/fs/cgroup/cpu.max': 'abc 0' }))).toBeUndefined();
  });
});
