/** A half-open range `[start, end)` of offsets into a source file's text, in UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One-based line and column (column in UTF-16 code units). */
export interface Position {
  readonly line: number;
  readonly column: number;
}
