import type { Position } from './span.js';

/**
 * Maps offsets to 1-based line/column (SPEC §1: columns count UTF-16 code units).
 * A line ends at LF; a CR before the LF belongs to the line's end, so CRLF files
 * give the same columns as LF files.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  /** 1-based line and column of `offset` (0-based UTF-16 offset). */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}
