// The danh mục văn bản of a year, as files: the document itself is composed by index-document.ts
// (composeArchiveIndex); this module feeds it the manifest's entries, so a merge (which has no
// models, only manifests) lists the same rows as a single build, and renders it in the archive's formats.
import { diagnostic, hasErrors, t, type Diagnostic } from '../diagnostics/diagnostic.js';
import { PROFILES, type ProfileId } from '../layout/profiles.js';
import { renderers } from '../render/index.js';
import type { TemplateEngine } from '../template/engine.js';
import { composeArchiveIndex, indexProfileFor, type ArchiveIndexEntry } from './index-document.js';
import { ARCHIVE_FORMATS, INDEX_BASENAME } from './layout.js';
import type { ManifestRecord } from './manifest.js';

export function indexEntries(records: readonly ManifestRecord[]): ArchiveIndexEntry[] {
  return records.flatMap((r) => (r.id === undefined ? [] : r.documents.map((d) => ({ ...d, recordId: r.id!, profile: d.profile as ProfileId }))));
}

export async function indexFiles(year: string, records: readonly ManifestRecord[], engine: TemplateEngine): Promise<{ files: { path: string; data: Uint8Array }[]; diagnostics: Diagnostic[] }> {
  const entries = indexEntries(records);
  if (entries.length === 0) return { files: [], diagnostics: [] };
  const profile = PROFILES[indexProfileFor(entries)];
  const composed = composeArchiveIndex(entries, { year, profile, engine });
  const diagnostics = [...composed.diagnostics];
  if (!composed.model || hasErrors(diagnostics)) return { files: [], diagnostics };
  const files: { path: string; data: Uint8Array }[] = [];
  for (const format of ARCHIVE_FORMATS) {
    const path = `${year}/${INDEX_BASENAME}.${renderers[format].extension}`;
    try {
      files.push({ path, data: await renderers[format].render(composed.model, profile, { file: path }) });
    } catch (err) {
      diagnostics.push(diagnostic({ file: path, ruleId: 'render/failed', stage: 'internal', message: t(`Không dựng được danh mục văn bản ${format.toUpperCase()}: ${String(err)}`, `Could not render the archive index as ${format.toUpperCase()}: ${String(err)}`) }));
      return { files: [], diagnostics };
    }
  }
  return { files, diagnostics };
}
