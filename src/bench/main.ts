// `npm run bench`: how fast baocao is, measured against what users would otherwise run, in one table.
// Cold = the CLI as a whole process; warm = renders inside one process; batch = N synthetic records;
// incremental = the same batch again; LibreOffice = soffice converting one of our DOCX files.
import { profileIdOf } from '../record/profile.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { assetPath } from '../host/paths.js';
import { nodeHost } from '../host/host.js';
import { loadRecord } from '../record/index.js';
import { PROFILES } from '../layout/profiles.js';
import { buildDocument } from '../compose/build.js';
import { TemplateEngine } from '../template/engine.js';
import { renderers } from '../render/index.js';
import { SYNTH_YEARS, synthesize } from './synth.js';
import { median, p95, type Row, formatTable } from './stats.js';
import { measureSeeds, qualityTable } from './import-quality.js';

interface Args {
  records: number;
  coldRuns: number;
  warmRuns: number;
  json: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { records: 200, coldRuns: 10, warmRuns: 30, json: assetPath('bench', 'results.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--records' && v) (args.records = Number(v)), i++;
    else if (a === '--cold-runs' && v) (args.coldRuns = Number(v)), i++;
    else if (a === '--warm-runs' && v) (args.warmRuns = Number(v)), i++;
    else if (a === '--json' && v) (args.json = v), i++;
    else if (a === '--help' || a === '-h') {
      process.stdout.write('npm run bench -- [--records N] [--cold-runs N] [--warm-runs N] [--json tệp]\n');
      process.exit(0);
    }
  }
  return args;
}

const CLI = assetPath('dist', 'cli', 'main.js');
const RSS_HOOK = assetPath('dist', 'bench', 'rss-hook.js');

/**
 * Node flags of `npm run report` (package.json): V8's parallel GC helper threads fight the worker
 * threads for the two cores; with one GC thread a 2-worker batch ran ~25 % faster here.
 */
const NODE_FLAGS = ['--single-threaded-gc'];

/** Runs the CLI as `npm run report` does; returns wall milliseconds and peak RSS in bytes. */
function runCli(cliArgs: string[]): { ms: number; rss: number; status: number | null } {
  const rssFile = join(tmpdir(), `baocao-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...NODE_FLAGS, '--import', RSS_HOOK, CLI, ...cliArgs], {
    env: { ...process.env, BAOCAO_RSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = performance.now() - t0;
  let rss = 0;
  try {
    rss = Number(readFileSync(rssFile, 'utf8'));
    rmSync(rssFile);
  } catch {
    // the process died before its exit hook: rss stays 0 and the status says why
  }
  if (r.status !== 0) process.stderr.write(`bench: baocao ${cliArgs.join(' ')} exited ${r.status}\n${r.stderr}\n`);
  return { ms, rss, status: r.status };
}

function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'baocao-bench-'));
  const rows: Row[] = [];
  try {
    const recordsDir = join(work, 'records');
    const files = synthesize(assetPath('data'), recordsDir, args.records);
    const one = files[0]!;

    // Cold: the whole CLI for one record, as before a meeting.
    const coldMs: number[] = [];
    for (let i = 0; i < args.coldRuns; i++) coldMs.push(runCli(['report', one, '--out', join(work, 'cold'), '--no-cache', '--no-progress']).ms);
    rows.push({ what: 'cold: 1 record → DOCX + PDF (whole CLI process)', value: median(coldMs), unit: 'ms', target: 500, note: `median of ${args.coldRuns}` });

    // Warm: renders inside one process.
    const loaded = await loadRecord(nodeHost, one);
    if (!loaded.record) throw new Error(`bench record ${one} does not load`);
    const record = loaded.record;
    const profile = PROFILES[profileIdOf(record)];
    const engine = new TemplateEngine();
    const modelMs: number[] = [];
    let model = buildDocument(record, record.documents[0]!, profile, engine).model!;
    for (let i = 0; i < args.warmRuns; i++) {
      const t0 = performance.now();
      model = buildDocument(record, record.documents[0]!, profile, engine).model!;
      modelMs.push(performance.now() - t0);
    }
    const warm: Record<string, number[]> = { docx: [], pdf: [] };
    let pages = 0;
    for (const name of ['docx', 'pdf'] as const) {
      for (let i = 0; i < 3; i++) await renderers[name].render(model, profile, {});
      for (let i = 0; i < args.warmRuns; i++) {
        const t0 = performance.now();
        const bytes = await renderers[name].render(model, profile, {});
        warm[name]!.push(performance.now() - t0);
        if (name === 'pdf' && i === 0) pages = (Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
      }
    }
    rows.push({ what: 'warm: record → document model (template + passes)', value: median(modelMs), unit: 'ms', note: `p95 ${p95(modelMs).toFixed(2)} ms` });
    rows.push({ what: `warm: DOCX render (${pages}-page report)`, value: median(warm.docx!), unit: 'ms', target: 5, note: `p95 ${p95(warm.docx!).toFixed(1)} ms` });
    rows.push({ what: `warm: PDF render (${pages}-page report)`, value: median(warm.pdf!), unit: 'ms', target: 25, note: `p95 ${p95(warm.pdf!).toFixed(1)} ms` });

    // Batch and incremental: the CLI over N records.
    const outDir = join(work, 'batch-out');
    const batch = runCli(['report', recordsDir, '--out', outDir, '--no-progress']);
    const perSec = (args.records / batch.ms) * 1000;
    rows.push({ what: `batch: ${args.records} records → ${2 * args.records} files (wall)`, value: batch.ms / 1000, unit: 's', target: (15 * args.records) / 1000, note: `${perSec.toFixed(1)} records/s` });
    rows.push({ what: 'batch: peak RSS', value: batch.rss / 2 ** 20, unit: 'MiB', target: 400 });
    // The annual summary of the same records, in the same run: one báo cáo tổng hợp of every year the synthetic records span.
    const summary = runCli(['summary', recordsDir, '--from', `${SYNTH_YEARS.from}-01`, '--to', `${SYNTH_YEARS.to}-12`, '--out', join(work, 'summary-out')]);
    rows.push({ what: `summary: ${args.records} records → báo cáo tổng hợp DOCX + PDF (whole CLI)`, value: summary.ms / 1000, unit: 's', target: 3 });
    rows.push({ what: 'summary: peak RSS', value: summary.rss / 2 ** 20, unit: 'MiB', target: 300 });
    rows.push({ what: 'summary: time / batch time of the same records', value: (100 * summary.ms) / batch.ms, unit: '%', target: 10 });
    const again = runCli(['report', recordsDir, '--out', outDir, '--no-progress']);
    rows.push({ what: `incremental: same ${args.records} records, nothing changed`, value: again.ms / 1000, unit: 's', target: args.records / 1000 });

    // LibreOffice converting one of our DOCX files, for scale.
    const docx = join(work, 'cold', 'bench-00000', 'bao-cao.docx');
    if (has('soffice') && existsSync(docx)) {
      const profileDir = join(work, 'lo-profile');
      mkdirSync(profileDir, { recursive: true });
      const loMs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        spawnSync('soffice', [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'pdf', '--outdir', join(work, 'lo'), docx], { stdio: 'ignore' });
        loMs.push(performance.now() - t0);
      }
      const lo = median(loMs.slice(1).length ? loMs.slice(1) : loMs);
      rows.push({ what: 'LibreOffice: 1 DOCX → PDF (soffice --headless)', value: lo, unit: 'ms', note: `${(lo / median(coldMs)).toFixed(1)}× our cold DOCX + PDF` });
    } else {
      rows.push({ what: 'LibreOffice: 1 DOCX → PDF', value: NaN, unit: 'ms', note: 'soffice not installed' });
    }

    rows.push(...(await import('./archive.js')).archiveBench(work));

    const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
    process.stdout.write(`baocao bench — ${machine}\n${formatTable(rows)}`);
    mkdirSync(join(args.json, '..'), { recursive: true });
    writeFileSync(args.json, JSON.stringify({ machine, records: args.records, date: new Date().toISOString(), rows }, null, 2) + '\n');
    process.stdout.write(`(JSON: ${args.json})\n`);

    // Quality, not speed: `baocao import` on each seed article against its hand-written record.
    const seeds = measureSeeds();
    process.stdout.write(seeds.length ? `\nbaocao import — facts of the draft vs the hand-written record (case and tone folded)\n${qualityTable(seeds)}` : '\nbaocao import: no seed articles found beside the checkout (../shared/seeds)\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
