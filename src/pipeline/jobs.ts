// How many worker threads a batch starts when --jobs is not given: from what the machine delivers
// now, not from os.cpus(). A container's CPU quota (cgroup) caps the cores a process may use however
// many the kernel lists, and other processes' load takes cores away. Measured on the 2-core
// development machine (200 records, DOCX + PDF, wall): idle, 2 workers 20 s against 28 s in-process;
// at a load average of ~10, 2 workers cost ~40 % more CPU and mostly finished later. The main thread
// only reads records and writes files while workers build, so it is not given a core of its own. The
// decision is a pure function of the facts (jobsFor), so tests pin it without timing anything.
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

/** Below this many records to build, a worker's start-up (loading pdfmake, fonts) costs more than it saves. */
export const WORKER_THRESHOLD = 8;

export interface MachineFacts {
  /** Cores this process may run on (os.availableParallelism: affinity and cpuset included). */
  readonly cores: number;
  /** CPU time the cgroup allows, in cores (1.5 = 150 ms per 100 ms); undefined when unlimited. */
  readonly quota?: number;
  /** Threads of other processes running now (Linux: /proc/loadavg's runnable count; elsewhere the 1-minute average). */
  readonly load: number;
}

/** Worker threads for `toBuild` records on a machine with these facts; 1 builds in this process. */
export function jobsFor(toBuild: number, facts: MachineFacts): number {
  if (toBuild < WORKER_THRESHOLD) return 1;
  const cores = Math.min(facts.cores, facts.quota ?? Infinity);
  const spare = cores - Math.max(0, facts.load);
  return Math.max(1, Math.min(Math.floor(spare), Math.floor(cores), toBuild));
}

/**
 * The cgroup CPU quota in cores, from cgroup v2 (`cpu.max`: "150000 100000" or "max 100000") or v1
 * (`cpu.cfs_quota_us`, -1 when unlimited, over `cpu.cfs_period_us`); undefined when there is none.
 */
export function cgroupQuota(read: (path: string) => string | undefined): number | undefined {
  const v2 = read('/sys/fs/cgroup/cpu.max')?.trim().split(/\s+/);
  if (v2 && v2.length === 2) return v2[0] === 'max' ? undefined : ratio(Number(v2[0]), Number(v2[1]));
  const quota = read('/sys/fs/cgroup/cpu/cpu.cfs_quota_us') ?? read('/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us');
  const period = read('/sys/fs/cgroup/cpu/cpu.cfs_period_us') ?? read('/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us');
  if (quota === undefined || period === undefined) return undefined;
  return ratio(Number(quota), Number(period));
}

const ratio = (quota: number, period: number): number | undefined =>
  Number.isFinite(quota) && Number.isFinite(period) && quota > 0 && period > 0 ? quota / period : undefined;

/** A small system file's text, or undefined (no such file on this system, no permission). */
function readSystemFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export function machineFacts(): MachineFacts {
  const quota = cgroupQuota(readSystemFile);
  return { cores: Math.max(1, availableParallelism()), ...(quota !== undefined ? { quota } : {}), load: othersRunning(readSystemFile) ?? Math.max(0, (loadavg()[0] ?? 0) - 1) };
}

/**
 * Threads of other processes runnable right now, from /proc/loadavg's "running/total" field (ours,
 * the thread reading it, is one of them). Not the 1-minute average: it lags a minute and counts this
 * command's own recent work (the previous run of a watch loop, the bench's previous step), which made
 * back-to-back runs on an idle machine build in one thread. The least of a few samples 5 ms apart,
 * so a passing burst does not count.
 */
export function othersRunning(read: (path: string) => string | undefined, samples = 5): number | undefined {
  let least: number | undefined;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < samples; i++) {
    if (i > 0) Atomics.wait(pause, 0, 0, 5);
    const running = Number(/^\S+ \S+ \S+ (\d+)\//.exec(read('/proc/loadavg') ?? '')?.[1] ?? NaN);
    if (!Number.isFinite(running)) return undefined;
    least = Math.min(least ?? Infinity, Math.max(0, running - 1));
  }
  return least;
}

/** The default of --jobs for a batch of `toBuild` records on this machine, now. */
export function defaultJobs(toBuild: number): number {
  return toBuild < WORKER_THRESHOLD ? 1 : jobsFor(toBuild, machineFacts());
}
