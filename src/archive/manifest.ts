// archive/manifest.json: the proof of an archive. Every file with its size, SHA-256 and media type;
// every record with its source hash, the documents built from it and its diagnostics; the toolkit's
// version and the hashes of what else decides the bytes (lock file, fonts). No build time, no
// machine-specific path, keys and arrays sorted: the same archive gives the same manifest, byte for byte.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Diagnostic, Text } from '../diagnostics/diagnostic.js';
import { assetPath } from '../host/paths.js';
import type { BuiltDocument } from '../pipeline/build-record.js';
import { byCodeUnit } from './layout.js';

export const MANIFEST_FORMAT = 1;

export interface ManifestFile {
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
  readonly mediaType: string;
}

/** One document of a record, as the build reported it (its files archive-relative). */
export type ManifestDocument = BuiltDocument;

export interface ManifestDiagnostic {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: Text;
  readonly line?: number;
  readonly column?: number;
  readonly path?: string;
}

export interface ManifestRecord {
  /** Absent when the record has no usable id. */
  readonly id?: string;
  /** The input's file name (no folder: where the records lay differs between machines). */
  readonly file: string;
  readonly year: string;
  readonly status: 'built' | 'failed';
  readonly sourceSha256: string;
  /** The archived copy of the YAML; absent for a record nothing was built from. */
  readonly source?: string;
  readonly profile?: string;
  readonly documents: readonly ManifestDocument[];
  readonly diagnosticsCount: { readonly error: number; readonly warning: number; readonly info: number };
  /** Listed for a failed record: why it failed, where. */
  readonly diagnostics?: readonly ManifestDiagnostic[];
}

export interface Manifest {
  readonly format: number;
  readonly toolkit: { readonly name: string; readonly version: string };
  readonly lockfileSha256: string;
  readonly fonts: Readonly<Record<string, string>>;
  /** True when every PDF carries its record's YAML (PDF/A-3b, `--attach-source`); a rebuild does the same. */
  readonly attachSource?: boolean;
  /** Set in a shard's folder only: `baocao archive merge` takes it, a finished archive has none. */
  readonly shard?: string;
  readonly records: readonly ManifestRecord[];
  readonly files: readonly ManifestFile[];
}

const sha = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Version, lock file hash and font hashes of the toolkit this process runs. */
export function toolkitFacts(): Pick<Manifest, 'toolkit' | 'lockfileSha256' | 'fonts'> {
  const pkg = JSON.parse(readFileSync(assetPath('package.json'), 'utf8')) as { name: string; version: string };
  let lockfileSha256 = '';
  try {
    lockfileSha256 = sha(readFileSync(assetPath('package-lock.json')));
  } catch {
    // An installed package has no lock file of its own: the empty hash says so.
  }
  const fonts: Record<string, string> = {};
  for (const name of readdirSync(assetPath('fonts')).filter((n) => n.endsWith('.ttf')).sort(byCodeUnit)) {
    fonts[`fonts/${name}`] = sha(readFileSync(assetPath('fonts', name)));
  }
  return { toolkit: { name: pkg.name, version: pkg.version }, lockfileSha256, fonts };
}

export function manifestDiagnostic(d: Diagnostic): ManifestDiagnostic {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    message: { vi: d.message.vi, en: d.message.en },
    ...(d.start ? { line: d.start.line, column: d.start.column } : {}),
    ...(d.path && d.path.length > 0 ? { path: d.path.join('/') } : {}),
  };
}

export function countDiagnostics(ds: readonly Diagnostic[]): ManifestRecord['diagnosticsCount'] {
  return { error: ds.filter((d) => d.severity === 'error').length, warning: ds.filter((d) => d.severity === 'warning').length, info: ds.filter((d) => d.severity === 'info').length };
}

/** Records in id order (records without an id by file name, after): the same on every machine. */
export function compareRecords(a: ManifestRecord, b: ManifestRecord): number {
  return byCodeUnit(a.id ?? '\uffff', b.id ?? '\uffff') || byCodeUnit(a.file, b.file) || byCodeUnit(a.sourceSha256, b.sourceSha256);
}

/** JSON with every object's keys sorted, two-space indented, one trailing newline. */
export function stableJson(value: unknown): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort(byCodeUnit)) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== undefined) out[k] = sortKeys(x);
      }
      return out;
    }
    return v;
  };
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}

export function serializeManifest(m: Manifest): string {
  return stableJson({
    ...m,
    records: [...m.records].sort(compareRecords).map((r) => ({ ...r, documents: [...r.documents].sort((a, b) => byCodeUnit(a.files[0] ?? '', b.files[0] ?? '')) })),
    files: [...m.files].sort((a, b) => byCodeUnit(a.path, b.path)),
  });
}

/** The manifest in `text`, or why it cannot be read (a plain reason; callers word the message). */
export function parseManifest(text: string): Manifest | undefined {
  try {
    const m = JSON.parse(text) as Manifest;
    if (m && m.format === MANIFEST_FORMAT && Array.isArray(m.files) && Array.isArray(m.records)) return m;
  } catch {
    // not JSON: the caller says the manifest is unreadable
  }
  return undefined;
}
