// The one problem type of the whole program (after vfile-message and Typst's SourceDiagnostic):
// YAML syntax, schema, rule, template, typography and render problems are all values of this type,
// many per run, and only the CLI entry turns their counts into an exit code.

/** A user-facing text in both languages the CLI speaks; the reporter picks one. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** Which stage found the problem. */
export type Stage = 'io' | 'yaml' | 'schema' | 'rules' | 'typography' | 'template' | 'render' | 'internal';

/** 1-based line and column, as editors show them. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface Diagnostic {
  readonly file: string;
  readonly start?: Position;
  readonly end?: Position;
  readonly severity: Severity;
  /** Stable id such as `schema/required` or `typo/tone-mixed`; tests and `--format json` key on it. */
  readonly ruleId: string;
  readonly stage: Stage;
  readonly message: Text;
  readonly hint?: Text;
  /** The YAML data path the problem concerns, when there is one (e.g. `people/2/name`). */
  readonly path?: readonly (string | number)[];
}

export interface DiagnosticInit {
  file: string;
  ruleId: string;
  stage: Stage;
  message: Text;
  severity?: Severity;
  start?: Position;
  end?: Position;
  hint?: Text;
  path?: readonly (string | number)[];
}

export function diagnostic(init: DiagnosticInit): Diagnostic {
  return { severity: 'error', ...init };
}

export function t(vi: string, en: string): Text {
  return { vi, en };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function count(diagnostics: readonly Diagnostic[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') c.errors++;
    else if (d.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}

/** Orders diagnostics as a reader scans a file: by file, then position, errors before warnings. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.start?.line ?? 0) - (b.start?.line ?? 0) ||
      (a.start?.column ?? 0) - (b.start?.column ?? 0) ||
      rank[a.severity] - rank[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
