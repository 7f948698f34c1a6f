// The archive section of `npm run bench`: an archive of N synthetic records (1,000 by default;
// BAOCAO_BENCH_ARCHIVE_RECORDS to change it), then the runs the issue sets targets for — the
// unchanged second run (the build cache and the year keys skip everything), `--verify` (every hash),
// `--verify --rebuild` (no slower than the build itself). Each is the CLI as CI runs it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { assetPath } from '../host/paths.js';
import type { Row } from './stats.js';
import { synthesize } from './synth.js';

const CLI = assetPath('dist', 'cli', 'main.js');

function timed(args: readonly string[]): { ms: number; status: number | null } {
  const t0 = performance.now();
  // --single-threaded-gc as `npm run archive` runs it (see NODE_FLAGS in main.ts).
  const r = spawnSync(process.execPath, ['--single-threaded-gc', CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) process.stderr.write(`bench: baocao ${args.join(' ')} exited ${r.status}\n${String(r.stderr).slice(0, 2000)}\n`);
  return { ms, status: r.status };
}

export function archiveBench(work: string, count = Number(process.env.BAOCAO_BENCH_ARCHIVE_RECORDS ?? 1000)): Row[] {
  const records = join(work, 'archive-records');
  synthesize(assetPath('data'), records, count);
  const out = join(work, 'archive');
  const build = timed(['archive', records, '--out', out, '--no-progress']);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: { size: number }[] };
  const bytes = manifest.files.reduce((n, f) => n + f.size, 0);
  const again = timed(['archive', records, '--out', out, '--no-progress']);
  const verify = timed(['archive', '--verify', out]);
  const rebuild = timed(['archive', '--verify', '--rebuild', out]);
  const exit = (s: number | null) => (s === 0 ? '' : `, exit ${s}`);
  return [
    { what: `archive: ${count} records → ${manifest.files.length} files (first build)`, value: build.ms / 1000, unit: 's', note: `${(bytes / 2 ** 20).toFixed(0)} MiB${exit(build.status)}` },
    { what: `archive: same ${count} records, nothing changed`, value: again.ms / 1000, unit: 's', target: 2, ...(again.status ? { note: exit(again.status) } : {}) },
    { what: `archive --verify (${manifest.files.length} files)`, value: verify.ms / 1000, unit: 's', target: 5, ...(verify.status ? { note: exit(verify.status) } : {}) },
    { what: 'archive --verify --rebuild', value: rebuild.ms / 1000, unit: 's', target: build.ms / 1000, note: `target: the first build${exit(rebuild.status)}` },
  ];
}
