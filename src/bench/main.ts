// `npm run bench`: how fast baocao is, measured against what users would otherwise run, in one table.
// Cold = the CLI as a whole process; warm = renders inside one process; batch = N synthetic records;
// incremental = the same batch again. Peers, each as a ratio measured in the same run with the rounds
// interleaved (A B A B …): the plain `docx` package and Typst's compiler (src/bench/peers/) on the same
// document model, and LibreOffice converting our DOCX. Then the targets, met or missed.
import { profileIdOf } from '../record/profile.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import type { ConferenceRecord } from '../record/types.generated.js';
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
import { median, p95, type Row, formatTable, interleaved, formatRatio, formatTargets, type Ratio, type Target } from './stats.js';
import { renderPlainDocx } from './peers/plain-docx.js';
import { typstCompiler, typstSource } from './peers/typst.js';
import { fontsDir } from '../layout/measure.js';
import { measureSeeds, qualityTable } from './import-quality.js';

interface Args {
  records: number;
  coldRuns: number;
  warmRuns: number;
  /** Interleaved rounds of each peer ratio. */
  rounds: number;
  quick: boolean;
  json: string;
}

function parseArgs(argv: string[]): Args {
  const quick = argv.includes('--quick');
  // --quick: a couple of minutes for the integrator; the full run is what the README's table quotes.
  const args: Args = quick
    ? { records: 50, coldRuns: 5, warmRuns: 10, rounds: 5, quick, json: assetPath('bench', 'results.json') }
    : { records: 1000, coldRuns: 10, warmRuns: 30, rounds: 11, quick, json: assetPath('bench', 'results.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--records' && v) (args.records = Number(v)), i++;
    else if (a === '--cold-runs' && v) (args.coldRuns = Number(v)), i++;
    else if (a === '--warm-runs' && v) (args.warmRuns = Number(v)), i++;
    else if (a === '--rounds' && v) (args.rounds = Number(v)), i++;
    else if (a === '--json' && v) (args.json = v), i++;
    else if (a === '--help' || a === '-h') {
      process.stdout.write('npm run bench -- [--quick] [--records N] [--cold-runs N] [--warm-runs N] [--rounds N] [--json tệp]\n');
      process.exit(0);
    }
  }
  return args;
}

/** The CLI entry the bench launches: the one place that names it (a bundled entry would change only this). */
const CLI = assetPath('dist', 'cli', 'main.js');
const COLD_PEER = assetPath('dist', 'bench', 'peers', 'cold.js');
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

/** A peer as a whole process (src/bench/peers/cold.ts); wall milliseconds, or NaN when it could not run. */
function runPeer(kind: 'docx' | 'typst', modelFile: string, out: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [COLD_PEER, kind, modelFile, out], { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  return r.status === 0 ? ms : NaN;
}

/** Per round, the mean milliseconds of building each seed record's first document (after one warm-up round). */
async function seedModelMs(rounds: number): Promise<number[]> {
  const engine = new TemplateEngine();
  const seeds: ConferenceRecord[] = [];
  for (const f of readdirSync(assetPath('data')).filter((x) => x.endsWith('.yaml')).sort()) {
    const { record } = await loadRecord(nodeHost, assetPath('data', f));
    if (record) seeds.push(record);
  }
  const out: number[] = [];
  for (let r = 0; r <= rounds; r++) {
    const t0 = performance.now();
    for (const rec of seeds) buildDocument(rec, rec.documents[0]!, PROFILES[profileIdOf(rec)], engine);
    if (r > 0) out.push((performance.now() - t0) / seeds.length);
  }
  return out;
}

/** Milliseconds of one call. */
async function timed(f: () => unknown): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

interface PeerLine {
  readonly what: string;
  readonly ratio?: Ratio;
  readonly skipped?: string;
}

function formatPeers(lines: readonly PeerLine[]): string {
  const cells = lines.map((l) => [
    l.what,
    l.ratio ? formatRatio(l.ratio) : `skipped: ${l.skipped}`,
    l.ratio ? `${l.ratio.a.toFixed(1)} ms vs ${l.ratio.b.toFixed(1)} ms` : '',
  ]);
  const head = ['ratio (ours ÷ peer; same run, interleaved)', 'median (lowest–highest round)', 'medians'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => '| ' + c.map((x, i) => x.padEnd(widths[i]!)).join(' | ') + ' |\n';
  return line(head) + line(widths.map((w) => '-'.repeat(w))) + cells.map(line).join('');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'baocao-bench-'));
  const rows: Row[] = [];
  const peers: PeerLine[] = [];
  try {
    const recordsDir = join(work, 'records');
    const files = synthesize(assetPath('data'), recordsDir, args.records);
    const one = files[0]!;

    // The document every peer builds too: the first record's report, as a model on disk for the cold peers.
    const loaded = await loadRecord(nodeHost, one);
    if (!loaded.record) throw new Error(`bench record ${one} does not load`);
    const record = loaded.record;
    const profile = PROFILES[profileIdOf(record)];
    const engine = new TemplateEngine();
    let model = buildDocument(record, record.documents[0]!, profile, engine).model!;
    const modelFile = join(work, 'model.json');
    writeFileSync(modelFile, JSON.stringify(model));
    const typst = typstCompiler(fontsDir());

    // Cold: the whole CLI for one record, as before a meeting; each against its peer, interleaved.
    const cold = (only?: string) => () => runCli(['report', one, '--out', join(work, 'cold'), '--no-cache', '--no-progress', ...(only ? ['--only', only] : [])]).ms;
    const coldMs: number[] = [];
    for (let i = 0; i < args.coldRuns; i++) coldMs.push(cold()());
    rows.push({ what: 'cold: 1 record → DOCX + PDF (whole CLI process)', value: median(coldMs), unit: 'ms', target: 350, note: `median of ${args.coldRuns}` });
    const coldDocx = await interleaved(args.coldRuns, cold('docx'), () => runPeer('docx', modelFile, join(work, 'peer.docx')));
    rows.push({ what: 'cold: 1 record → DOCX only (whole CLI process)', value: coldDocx.a, unit: 'ms', target: 200, note: `median of ${args.coldRuns}` });
    peers.push({ what: 'cold DOCX: CLI ÷ plain docx (whole process each)', ratio: coldDocx });
    if (typst) {
      peers.push({ what: 'cold PDF: CLI ÷ Typst (whole process each)', ratio: await interleaved(args.coldRuns, cold('pdf'), () => runPeer('typst', modelFile, join(work, 'peer.pdf'))) });
    } else peers.push({ what: 'cold PDF: CLI ÷ Typst', skipped: 'optional dev dependency @myriaddreamin/typst-ts-node-compiler not installed' });

    // Warm: inside one process.
    const modelMs: number[] = [];
    for (let i = 0; i < args.warmRuns; i++) {
      const t0 = performance.now();
      model = buildDocument(record, record.documents[0]!, profile, engine).model!;
      modelMs.push(performance.now() - t0);
    }
    rows.push({ what: 'warm: record → document model (template + passes)', value: median(modelMs), unit: 'ms', note: `p95 ${p95(modelMs).toFixed(2)} ms` });
    // The 1 ms is for a seed record (data/), shorter than the synthetic ones: each round builds every seed's first document.
    const seedMs = await seedModelMs(args.warmRuns);
    rows.push({ what: 'warm: seed record → document model (mean over data/)', value: median(seedMs), unit: 'ms', target: 1, note: `p95 ${p95(seedMs).toFixed(2)} ms` });
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
    rows.push({ what: `warm: DOCX render (${pages}-page report)`, value: median(warm.docx!), unit: 'ms', note: `p95 ${p95(warm.docx!).toFixed(1)} ms` });
    rows.push({ what: `warm: PDF render (${pages}-page report)`, value: median(warm.pdf!), unit: 'ms', note: `p95 ${p95(warm.pdf!).toFixed(1)} ms` });
    for (let i = 0; i < 3; i++) await renderPlainDocx(model, profile);
    const warmDocx = await interleaved(args.warmRuns, () => timed(() => renderers.docx.render(model, profile, {})), () => timed(() => renderPlainDocx(model, profile)));
    peers.push({ what: 'warm DOCX: baocao ÷ plain docx (same model)', ratio: warmDocx });
    let warmPdf: Ratio | undefined;
    let warmPdfEvicted: Ratio | undefined;
    if (typst) {
      const source = typstSource(model, profile);
      for (let i = 0; i < 3; i++) typst.pdf({ mainFileContent: source });
      // Typst keeps compiled results of an unchanged source; a varying comment makes it compile each round, as a new document would.
      let round = 0;
      warmPdf = await interleaved(args.warmRuns, () => timed(() => renderers.pdf.render(model, profile, {})), () => timed(() => typst.pdf({ mainFileContent: `${source}\n// ${round++}\n` })));
      peers.push({ what: 'warm PDF: baocao ÷ Typst (same model)', ratio: warmPdf });
      // And with Typst's memo emptied before each round: a document it has not seen, as in a batch.
      const fresh = await interleaved(args.warmRuns, () => timed(() => renderers.pdf.render(model, profile, {})), () => {
        typst.evictCache(0);
        return timed(() => typst.pdf({ mainFileContent: `${source}\n// ${round++}\n` }));
      });
      warmPdfEvicted = fresh;
      peers.push({ what: 'warm PDF: baocao ÷ Typst, its cache evicted each round', ratio: fresh });
    } else peers.push({ what: 'warm PDF: baocao ÷ Typst', skipped: 'optional dev dependency @myriaddreamin/typst-ts-node-compiler not installed' });

    // LibreOffice converting one of our DOCX files, against our whole CLI making DOCX + PDF.
    const docx = join(work, 'cold', 'bench-00000', 'bao-cao.docx');
    if (has('soffice') && existsSync(docx)) {
      const profileDir = join(work, 'lo-profile');
      mkdirSync(profileDir, { recursive: true });
      const soffice = () => timed(() => spawnSync('soffice', [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'pdf', '--outdir', join(work, 'lo'), docx], { stdio: 'ignore' }));
      await soffice(); // the first run creates the profile
      const lo = await interleaved(Math.min(args.coldRuns, 5), cold(), soffice);
      peers.push({ what: 'cold DOCX + PDF: CLI ÷ LibreOffice converting our DOCX', ratio: lo });
    } else peers.push({ what: 'cold DOCX + PDF: CLI ÷ LibreOffice', skipped: 'soffice not installed' });

    // Batch and incremental: the CLI over N records.
    const outDir = join(work, 'batch-out');
    const batch = runCli(['report', recordsDir, '--out', outDir, '--no-progress']);
    const perSec = (args.records / batch.ms) * 1000;
    rows.push({ what: `batch: ${args.records} records → ${2 * args.records} files (wall)`, value: batch.ms / 1000, unit: 's', target: (15 * args.records) / 1000, note: `${perSec.toFixed(1)} records/s` });
    rows.push({ what: 'batch: peak RSS', value: batch.rss / 2 ** 20, unit: 'MiB', target: 250 });
    // The annual summary of the same records, in the same run: one báo cáo tổng hợp of every year the synthetic records span.
    const summary = runCli(['summary', recordsDir, '--from', `${SYNTH_YEARS.from}-01`, '--to', `${SYNTH_YEARS.to}-12`, '--out', join(work, 'summary-out')]);
    rows.push({ what: `summary: ${args.records} records → báo cáo tổng hợp DOCX + PDF (whole CLI)`, value: summary.ms / 1000, unit: 's', target: 3 });
    rows.push({ what: 'summary: peak RSS', value: summary.rss / 2 ** 20, unit: 'MiB', target: 300 });
    rows.push({ what: 'summary: time / batch time of the same records', value: (100 * summary.ms) / batch.ms, unit: '%', target: 10 });
    const again = runCli(['report', recordsDir, '--out', outDir, '--no-progress']);
    rows.push({ what: `incremental: same ${args.records} records, nothing changed`, value: again.ms / 1000, unit: 's', target: (0.2 * args.records) / 1000 });

    // The targets (batch ones scaled to the records of this run).
    const scale = args.records / 1000;
    const targets: Target[] = [
      { what: 'warm PDF ÷ Typst, same document', value: warmPdf?.median ?? NaN, target: 2, unit: '×', note: warmPdf ? `moonshot ≤ 1×; Typst's cache evicted: ${warmPdfEvicted!.median.toFixed(2)}×` : 'Typst not installed' },
      { what: 'warm DOCX ÷ plain docx, same document', value: warmDocx.median, target: 1.2, unit: '×' },
      { what: 'cold: one record → DOCX + PDF, whole CLI', value: median(coldMs), target: 350, unit: ' ms' },
      { what: 'cold: one record → DOCX only', value: coldDocx.a, target: 200, unit: ' ms' },
      { what: `batch: ${args.records} records → DOCX + PDF`, value: batch.ms / 1000, target: 15 * scale, unit: ' s', note: scale === 1 ? '' : '15 s per 1,000 records' },
      { what: `peak RSS, ${args.records}-record batch`, value: batch.rss / 2 ** 20, target: 250, unit: ' MiB' },
      { what: `unchanged rebuild of ${args.records} records`, value: again.ms / 1000, target: 0.2 * scale, unit: ' s', note: scale === 1 ? '' : '0.2 s per 1,000 records' },
      { what: 'record → document model (seed record)', value: median(seedMs), target: 1, unit: ' ms' },
    ];

    rows.push(...(await import('./archive.js')).archiveBench(work));

    const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
    process.stdout.write(`baocao bench${args.quick ? ' (--quick)' : ''} — ${machine}\n${formatTable(rows)}\n${formatPeers(peers)}\n${formatTargets(targets)}`);
    mkdirSync(join(args.json, '..'), { recursive: true });
    writeFileSync(args.json, JSON.stringify({ machine, records: args.records, quick: args.quick, date: new Date().toISOString(), rows, peers, targets }, null, 2) + '\n');
    process.stdout.write(`(JSON: ${args.json})\n`);

    // Quality, not speed: `baocao import` on each seed article against its hand-written record.
    const seeds = measureSeeds();
    process.stdout.write(seeds.length ? `\nbaocao import — facts of the draft vs the hand-written record (case and tone folded)\n${qualityTable(seeds)}` : '\nbaocao import: no seed articles found beside the checkout (../shared/seeds)\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
