// How many worker threads a batch starts when --jobs is not given: from what the machine delivers
// now, not from os.cpus(). A container's CPU quota (cgroup) caps the cores a process may use however
// many the kernel lists, other processes' load takes cores away, and the main thread is busy too
// (reading and hashing records, writing files), so a worker needs a core of its own beyond it. On
// the 2-core development machine, 2 workers cost ~40 % more CPU than building in-process and
// mostly finished later (a 200-record batch; README, under `--jobs`); this rule gives 1 there. The
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
  /** Runnable processes, averaged over the last minute (os.loadavg()[0]; 0 where unknown). */
  readonly load: number;
}

/** Worker threads for `toBuild` records on a machine with these facts; 1 builds in this process. */
export function jobsFor(toBuild: number, facts: MachineFacts): number {
  if (toBuild < WORKER_THRESHOLD) return 1;
  const cores = Math.min(facts.cores, facts.quota ?? Infinity);
  // The main thread keeps one core busy; others' load is what is left running besides this batch.
  const spare = cores - 1 - Math.max(0, facts.load);
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
  return { cores: Math.max(1, availableParallelism()), ...(quota !== undefined ? { quota } : {}), load: loadavg()[0] ?? 0 };
}

/** The default of --jobs for a batch of `toBuild` records on this machine, now. */
export function defaultJobs(toBuild: number): number {
  return toBuild < WORKER_THRESHOLD ? 1 : jobsFor(toBuild, machineFacts());
}
