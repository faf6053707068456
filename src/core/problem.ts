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

/**
 * Renders a problem as `file:line:column: message` (the SPEC §2 form), always one line:
 * control characters from file names or from quoted user text are shown escaped (`\n`,
 * `\u001b`), so a hostile file name or YAML key cannot forge extra lines in a CI log (a
 * GitHub `::error` command) or send escape sequences to a terminal.
 */
export function formatProblem(p: Problem): string {
  let where = p.file ?? 'crosscheck';
  if (p.file !== undefined && p.line !== undefined) {
    where += `:${p.line}`;
    if (p.column !== undefined) where += `:${p.column}`;
  }
  const sev = p.severity === 'warning' ? 'warning: ' : '';
  return escapeControls(`${where}: ${sev}${p.message}${p.hint ? ` (${p.hint})` : ''}`);
}

const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Shows control characters (C0, DEL, C1, line and paragraph separators) as escapes. */
export function escapeControls(s: string): string {
  return s.replace(CONTROLS, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Longest piece of user text quoted in a message, in UTF-16 code units. */
export const MAX_QUOTED = 80;

/**
 * User text for a message: cut to {@link MAX_QUOTED} code units with `…` (an 8 MB YAML
 * key is not echoed whole). Control characters are escaped later, by {@link formatProblem}.
 */
export function shorten(s: string, max = MAX_QUOTED): string {
  if (s.length <= max) return s;
  let cut = max - 1;
  const c = s.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--; // never split a surrogate pair
  return `${s.slice(0, cut)}…`;
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
