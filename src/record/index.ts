// The record pipeline: load → schema → rules → extra linters. Each stage runs only when the one
// before left something to work on, so one broken file yields its own first real problems rather
// than a cascade, and never stops other files.
import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Host } from '../host/host.js';
import { recordIdOf } from './ids.js';
import { loadFile, type LoadedFile, type LoadOptions } from './load.js';
import { checkPlaceholders } from './placeholders.js';
import { checkRules } from './rules.js';
import type { ConferenceRecord } from './types.generated.js';
import { validateRecord } from './validate.js';

export type { LoadedFile, DataPath, Range } from './load.js';
export type { ConferenceRecord } from './types.generated.js';

/** A check that needs a schema-valid record, e.g. the typography lint. */
export type Linter = (loaded: LoadedFile, record: ConferenceRecord) => Diagnostic[];

export interface LoadRecordOptions extends LoadOptions {
  /** Run after the built-in rules on every schema-valid record. */
  linters?: readonly Linter[];
}

export interface LoadedRecord {
  /**
   * Present when no stage found an error, or when the only errors are documents lacking a field they
   * need (rules/document-needs): the record is sound and its other documents can be built.
   */
  record?: ConferenceRecord;
  /** record.id, or the slug of the file name (record/ids.ts); present even when unusable, to name the record. */
  id: string;
  loaded: LoadedFile;
  diagnostics: Diagnostic[];
}

export async function loadRecord(host: Host, file: string, options: LoadRecordOptions = {}): Promise<LoadedRecord> {
  const loaded = await loadFile(host, file, options);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const { id, problem } = recordIdOf(file, loaded.data);
  if (loaded.data === undefined) return { id, loaded, diagnostics };

  // A scaffold's unfilled example values: reported alone, before the schema errors they also cause.
  const unfilled = checkPlaceholders(loaded);
  if (unfilled.length > 0) return { id, loaded, diagnostics: [...diagnostics, ...unfilled] };

  const validation = validateRecord(loaded);
  diagnostics.push(...validation.diagnostics);
  // The schema already explains a malformed `id` field; the id rule adds what it cannot say.
  const schemaSaidIt = validation.diagnostics.some((d) => d.path?.[0] === 'id');
  if (problem && !schemaSaidIt) {
    const start = problem.path ? loaded.positionOf(problem.path) : undefined;
    diagnostics.push(start ? { ...problem, start } : problem);
  }
  const record = validation.record;
  if (!validation.valid || !record) return { id, loaded, diagnostics };

  diagnostics.push(...checkRules(loaded, record));
  for (const lint of options.linters ?? []) diagnostics.push(...lint(loaded, record));
  const blocking = diagnostics.some((d) => d.severity === 'error' && d.ruleId !== 'rules/document-needs');
  return blocking ? { id, loaded, diagnostics } : { record, id, loaded, diagnostics };
}
