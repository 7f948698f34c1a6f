// `baocao archive --verify`: every file against the manifest (differs, missing, extra), and with
// `--rebuild` every document built again from the archived YAML into a temporary folder and
// compared byte for byte: the proof CI runs on a later commit that nothing changed by accident.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Host } from '../host/host.js';
import { entryOnDisk, listArchive } from './files.js';
import { mapLimited } from '../host/map-limited.js';
import { MANIFEST_NAME } from './layout.js';
import { readManifest, runArchive } from './build.js';
import type { Manifest, ManifestFile } from './manifest.js';

export type ProblemKind = 'differs' | 'missing' | 'extra';

export interface VerifyProblem {
  readonly kind: ProblemKind;
  readonly path: string;
}

export interface VerifyResult {
  /** Absent: no readable manifest.json in the folder. */
  readonly manifest?: Manifest;
  readonly problems: VerifyProblem[];
  readonly checked: number;
}

export async function verifyArchive(archiveDir: string): Promise<VerifyResult> {
  const manifest = await readManifest(archiveDir);
  if (!manifest) return { problems: [], checked: 0 };
  const problems: VerifyProblem[] = [];
  const onDisk = await mapLimited(manifest.files, 8, (f) => entryOnDisk(archiveDir, f.path));
  for (const [i, f] of manifest.files.entries()) {
    const d = onDisk[i];
    if (!d) problems.push({ kind: 'missing', path: f.path });
    else if (d.sha256 !== f.sha256 || d.size !== f.size) problems.push({ kind: 'differs', path: f.path });
  }
  const listed = new Set([MANIFEST_NAME, ...manifest.files.map((f) => f.path)]);
  for (const p of await listArchive(archiveDir)) if (!listed.has(p)) problems.push({ kind: 'extra', path: p });
  return { manifest, problems: sortProblems(problems), checked: manifest.files.length };
}

const ORDER: Record<ProblemKind, number> = { differs: 0, missing: 1, extra: 2 };
const sortProblems = (ps: VerifyProblem[]) => ps.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

/** Compares two manifests' file lists: what the rebuild made differently, lacks, or adds. */
export function compareFiles(archived: readonly ManifestFile[], rebuilt: readonly ManifestFile[]): VerifyProblem[] {
  const now = new Map(rebuilt.map((f) => [f.path, f]));
  const then = new Set(archived.map((f) => f.path));
  const problems: VerifyProblem[] = [];
  for (const f of archived) {
    const r = now.get(f.path);
    if (!r) problems.push({ kind: 'missing', path: f.path });
    else if (r.sha256 !== f.sha256) problems.push({ kind: 'differs', path: f.path });
  }
  for (const f of rebuilt) if (!then.has(f.path)) problems.push({ kind: 'extra', path: f.path });
  return sortProblems(problems);
}

/** Builds the archive again from its own YAML copies, in a temporary folder, and compares the files. */
export async function rebuildAndCompare(
  host: Host,
  archiveDir: string,
  manifest: Manifest,
  options: { readonly templateDirs: readonly string[]; readonly jobs?: number },
): Promise<{ problems: VerifyProblem[]; rebuilt: number }> {
  const temp = await mkdtemp(join(tmpdir(), 'baocao-rebuild-'));
  try {
    const sources = manifest.records.filter((r) => r.source !== undefined).map((r) => join(archiveDir, r.source!));
    const again = await runArchive(host, sources, {
      archiveDir: temp,
      templateDirs: options.templateDirs,
      incremental: false,
      ...(manifest.attachSource ? { attachSource: true } : {}),
      ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
      ...(manifest.shard !== undefined ? { shard: parseLabel(manifest.shard) } : {}),
    });
    return { problems: compareFiles(manifest.files, again.manifest.files), rebuilt: sources.length };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

function parseLabel(label: string): { index: number; count: number } {
  const [i, n] = label.split('/').map(Number);
  return { index: i!, count: n! };
}
