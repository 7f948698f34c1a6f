// `baocao archive merge shard-*/ --out archive/`: the slices CI built on separate machines become one
// archive. Each shard's files are checked against its manifest as they are copied; the year
// products and the manifest are then made exactly as a single build makes them (completeArchive),
// from the same files and records, so the result is byte-identical to a build on one machine.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { t, type Text } from '../diagnostics/diagnostic.js';
import type { Host } from '../host/host.js';
import { completeArchive, readManifest, type ArchiveOutcome } from './build.js';
import { sha256 } from './files.js';
import { stableJson, toolkitFacts, type ManifestFile, type ManifestRecord } from './manifest.js';

export interface MergeOptions {
  readonly archiveDir: string;
  readonly templateDirs: readonly string[];
}

export async function mergeShards(host: Host, shardDirs: readonly string[], options: MergeOptions): Promise<{ outcome?: Omit<ArchiveOutcome, 'results'>; errors: Text[] }> {
  const errors: Text[] = [];
  const manifests = await Promise.all(shardDirs.map(async (dir) => ({ dir, manifest: await readManifest(dir) })));
  const seen = new Map<number, string>();
  let count: number | undefined;
  const attach = new Set(manifests.map((m) => m.manifest?.attachSource === true));
  const facts = stableJson(toolkitFacts());
  for (const { dir, manifest } of manifests) {
    if (!manifest?.shard) {
      errors.push(t(`\`${dir}\` không phải thư mục của một phần (shard): thiếu manifest.json có trường shard`, `\`${dir}\` is not a shard folder: no manifest.json with a shard field`));
      continue;
    }
    const [i, n] = manifest.shard.split('/').map(Number) as [number, number];
    if (count !== undefined && n !== count) errors.push(t(`\`${dir}\` là phần ${manifest.shard}, các phần khác chia ${count}`, `\`${dir}\` is shard ${manifest.shard}, the others are of ${count}`));
    count ??= n;
    if (seen.has(i)) errors.push(t(`phần ${manifest.shard} có hai lần: \`${seen.get(i)}\` và \`${dir}\``, `shard ${manifest.shard} is given twice: \`${seen.get(i)}\` and \`${dir}\``));
    seen.set(i, dir);
    if (stableJson({ toolkit: manifest.toolkit, lockfileSha256: manifest.lockfileSha256, fonts: manifest.fonts }) !== facts) {
      errors.push(t(`\`${dir}\` được dựng bằng phiên bản baocao, thư viện hoặc phông khác với lần ghép này`, `\`${dir}\` was built by another baocao version, lock file or fonts than this merge`));
    }
  }
  if (count !== undefined) {
    const lacking = Array.from({ length: count }, (_, k) => k + 1).filter((k) => !seen.has(k));
    if (lacking.length > 0) errors.push(t(`thiếu phần ${lacking.map((k) => `${k}/${count}`).join(', ')}`, `missing shard(s) ${lacking.map((k) => `${k}/${count}`).join(', ')}`));
  }
  if (attach.size > 1) errors.push(t('các phần không cùng dựng với --attach-source: dựng lại mọi phần cùng một cách', 'the shards were not all built with the same --attach-source: build them alike'));
  if (errors.length > 0) return { errors };

  const records: ManifestRecord[] = [];
  const files: ManifestFile[] = [];
  const ids = new Set<string>();
  for (const { dir, manifest } of manifests) {
    for (const r of manifest!.records) {
      if (r.id !== undefined && ids.has(r.id)) errors.push(t(`mã hồ sơ \`${r.id}\` có trong hai phần`, `record id \`${r.id}\` is in two shards`));
      if (r.id !== undefined) ids.add(r.id);
      records.push(r);
    }
    for (const f of manifest!.files) {
      const data = await readFile(join(dir, f.path)).catch(() => undefined);
      if (!data) errors.push(t(`\`${dir}\` thiếu tệp ${f.path}`, `\`${dir}\` lacks ${f.path}`));
      else if (sha256(data) !== f.sha256) errors.push(t(`\`${dir}/${f.path}\` khác với manifest của phần đó`, `\`${dir}/${f.path}\` differs from its shard's manifest`));
      else {
        const target = join(options.archiveDir, f.path);
        const existing = await readFile(target).catch(() => undefined);
        if (!existing || !existing.equals(data)) await host.writeFileAtomic(target, data);
        files.push(f);
      }
    }
  }
  if (errors.length > 0) return { errors };
  return { outcome: await completeArchive(host, records, files, { ...options, ...(attach.has(true) ? { attachSource: true } : {}) }), errors };
}
