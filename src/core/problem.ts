/**
 * A problem with the input (or with crosscheck itself). Problems are data, not
 * exceptions (ARCHITECTURE property 4): one bad input never hides the rest.
 */
export interface Problem {
  /** `<area>/<what>`, e.g. `yaml/syntax`, `claims/duplicate-id`, `sources/invalid-utf8`. */
  readonly code: string;
  /** `error` problems make the run exit 2; `warning`s are reported only. */
  readonly severity: 'error' | 'warning';
  /** Path of the file at fault, relative to the working folder when possible. */
  readonly file?: string;
  /** 1-based line, when known. */
  readonly line?: number;
  /** 1-based column in UTF-16 code units, when known. */
  readonly column?: number;
  readonly message: string;
  /** A suggestion for fixing it. */
  readonly hint?: string;
}

/** Renders a problem as `file:line:column: message` (the SPEC §2 form). */
export function formatProblem(p: Problem): string {
  let where = p.file ?? 'crosscheck';
  if (p.file !== undefined && p.line !== undefined) {
    where += `:${p.line}`;
    if (p.column !== undefined) where += `:${p.column}`;
  }
  const sev = p.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${sev}${p.message}${p.hint ? ` (${p.hint})` : ''}`;
}

/** Orders problems by file, line, column, then message (deterministic output). */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    cmp(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    cmp(a.code, b.code) ||
    cmp(a.message, b.message)
  );
}

/** Code-unit string comparison, independent of locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
