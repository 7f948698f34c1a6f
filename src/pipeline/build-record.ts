// One record → its documents on disk (after unified-engine's file pipeline): each stage skips a
// record that already has a fatal diagnostic, a throw inside a stage becomes a diagnostic for that
// record alone, and nothing is written unless every output of the document rendered.
import { diagnostic, hasErrors, t, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Host } from '../host/host.js';
import { PROFILES, type ProfileId } from '../layout/profiles.js';
import { buildDocument } from '../compose/build.js';
import type { DocumentModel } from '../document/model.js';
import { loadRecord } from '../record/index.js';
import { profileIdOf } from '../record/profile.js';
import { OFFICIAL_FORMATS, renderers, type RendererName } from '../render/index.js';
import { documentForms } from '../layout/document-forms.js';
import type { TemplateEngine } from '../template/engine.js';
import { outputPath } from './output-paths.js';
import { sha256 } from './cache.js';
import { writeFailureText } from '../host/errno.js';

const DOCUMENT_NEEDS = 'rules/document-needs';

export interface BuildOptions {
  readonly outDir: string;
  readonly formats: readonly RendererName[];
  readonly engine: TemplateEngine;
  /** Only these document kinds (`--docs`); absent: every document the record asks for. */
  readonly kinds?: ReadonlySet<string>;
  /**
   * Each PDF carries the record file, byte for byte, as a PDF/A-3b associated file named <id>.yaml:
   * the name the archive gives its copy, so a rebuild from that copy embeds the same bytes.
   */
  readonly attachSource?: boolean;
  /** Keep the models (for tests and `--dump-model`). */
  readonly keepModels?: boolean;
}

export interface BuiltFile {
  readonly path: string;
  readonly bytes: number;
  /** Hash of the bytes written: the cache trusts its entry only while the file still has them. */
  readonly sha256: string;
}

export interface RecordResult {
  readonly file: string;
  readonly id?: string;
  readonly written: BuiltFile[];
  readonly diagnostics: Diagnostic[];
  /** The record's source text, so the reporter can quote the line a diagnostic points at. */
  readonly source?: string;
  readonly models?: DocumentModel[];
  /** What each document written is, from its frame: the archive's manifest and danh mục list them. */
  readonly documents?: BuiltDocument[];
}

/** One document written, as plain data (it crosses back from a worker thread). */
export interface BuiltDocument {
  /** Document kind code, as in src/layout/document-forms.ts. */
  readonly kind: string;
  /** The profile the document was laid out in. */
  readonly profile: ProfileId;
  /** frame.docType ("BÁO CÁO", "THÔNG BÁO", …). */
  readonly docType: string;
  /** frame.number ("Số: 05/BC-UBND"). */
  readonly number: string;
  /** The record's date as written (ISO or partial: "2023-08-22", "2023-08", "2024", "--02-20"). */
  readonly date?: string;
  /** Trích yếu: frame.summary joined with a space. */
  readonly summary: string;
  /** frame.issuers' names joined with " - ". */
  readonly issuer: string;
  /** The paths the document was written to (the archive makes them archive-relative). */
  readonly files: readonly string[];
}

/** File name of a document in out/<id>/: bao-cao.docx, and bao-cao-2.docx for a second báo cáo. */
export function documentBaseName(kind: string, index: number): string {
  return index === 0 ? kind : `${kind}-${index + 1}`;
}

export async function buildRecord(host: Host, file: string, options: BuildOptions): Promise<RecordResult> {
  const loaded = await loadRecord(host, file);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const source = loaded.loaded?.source;
  const base = { file, ...(loaded.id ? { id: loaded.id } : {}), ...(source !== undefined ? { source } : {}) };
  // A document that lacks a field it needs (rules/document-needs) fails alone: the record's other
  // documents are still built, and the error still makes the run exit 1.
  const unbuildable = new Set(diagnostics.filter((d) => d.ruleId === DOCUMENT_NEEDS && d.path).map((d) => d.path![1]));
  const blocking = diagnostics.some((d) => d.severity === 'error' && d.ruleId !== DOCUMENT_NEEDS);
  if (!loaded.record || blocking) return { ...base, written: [], diagnostics };

  const record = loaded.record;
  const profile = PROFILES[profileIdOf(record)];
  const written: BuiltFile[] = [];
  const models: DocumentModel[] = [];
  const documents: BuiltDocument[] = [];
  const seen = new Map<string, number>();
  const attachment = options.attachSource && loaded.id ? { name: `${loaded.id}.yaml`, content: await host.readFile(file) } : undefined;
  for (const [i, doc] of record.documents.entries()) {
    if (unbuildable.has(i) || (options.kinds && !options.kinds.has(doc.kind))) continue;
    const n = seen.get(doc.kind) ?? 0;
    seen.set(doc.kind, n + 1);
    const built = stage(file, () => buildDocument(record, doc, profile, options.engine));
    diagnostics.push(...built.diagnostics);
    if (!built.model || hasErrors(built.diagnostics)) continue;
    if (options.keepModels) models.push(built.model);

    // Render every format before writing any, so a failure leaves no partial set behind.
    const outputs: { path: string; data: Uint8Array }[] = [];
    const form = documentForms(profile)[doc.kind];
    const extra = form.extraFormats as readonly string[];
    // A news piece's web page (tin-bai.html) stands in for the A4 preview, which would take its name.
    const formats = options.formats.filter((f) => (OFFICIAL_FORMATS.includes(f) && !(f === 'html' && extra.includes('web'))) || extra.includes(f));
    for (const format of formats) {
      const renderer = renderers[format];
      try {
        const data = await renderer.render(built.model, profile, attachment && format === 'pdf' ? { attachSource: attachment } : {});
        outputs.push({ path: outputPath(options.outDir, loaded.id, `${documentBaseName(doc.kind, n)}.${renderer.extension}`), data });
      } catch (err) {
        diagnostics.push(internal(file, 'render/failed', err, `Không dựng được tệp ${format.toUpperCase()}`, `Could not render ${format.toUpperCase()}`));
      }
    }
    if (outputs.length !== formats.length) continue;
    // The document's files go in as a set: all of them or, on a failure, none (the old set stays whole).
    try {
      await host.writeSetAtomic(outputs);
      for (const o of outputs) written.push({ path: o.path, bytes: o.data.byteLength, sha256: sha256(o.data) });
      const frame = built.model.frame;
      documents.push({
        kind: doc.kind,
        profile: built.model.profile,
        docType: frame.docType,
        number: frame.number,
        ...(record.date !== undefined ? { date: String(record.date) } : {}),
        summary: frame.summary.join(' '),
        issuer: frame.issuers.map((i) => i.name).join(' - '),
        files: outputs.map((o) => o.path),
      });
    } catch (err) {
      diagnostics.push(writeFailed(file, err));
    }
  }
  return { ...base, written, diagnostics, documents, ...(options.keepModels ? { models } : {}) };
}

function writeFailed(file: string, err: unknown): Diagnostic {
  const path = (err as NodeJS.ErrnoException | undefined)?.path ?? '';
  return diagnostic({
    file,
    ruleId: 'io/write-failed',
    stage: 'io',
    message: writeFailureText(err, path),
    hint: t(
      'Các tệp cũ của hồ sơ này (nếu có) vẫn còn nguyên. Kiểm tra thư mục ghi (--out): có ghi được không, còn chỗ trống không.',
      'This record\'s previous files, if any, are untouched. Check the output folder (--out): is it writable, is there space left?',
    ),
  });
}

function stage<T extends { diagnostics: Diagnostic[] }>(file: string, run: () => T): T | { diagnostics: Diagnostic[]; model?: undefined } {
  try {
    return run();
  } catch (err) {
    return { diagnostics: [internal(file, 'internal/build-failed', err, 'Lỗi nội bộ khi dựng văn bản', 'Internal error while building the document')] };
  }
}

function internal(file: string, ruleId: string, err: unknown, vi: string, en: string): Diagnostic {
  const reason = err instanceof Error ? err.message : String(err);
  return diagnostic({
    file,
    ruleId,
    stage: ruleId.startsWith('io/') ? 'io' : 'internal',
    message: t(`${vi}: ${reason}`, `${en}: ${reason}`),
    hint: ruleId.startsWith('io/')
      ? t('Kiểm tra thư mục ghi (--out): có ghi được không, còn chỗ trống không.', 'Check the output folder (--out): is it writable, is there space left?')
      : t('Đây có thể là lỗi của baocao; hãy gửi hồ sơ này kèm thông báo lỗi cho bộ phận kỹ thuật.', 'This may be a baocao bug; please report it with this record.'),
  });
}
