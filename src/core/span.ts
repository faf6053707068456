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

/**
 * Keeps the spans that overlap no span kept before them, taking `ordered` in priority order
 * (best first), and returns them in text order. Linear in the characters covered: taken
 * characters are marked in one array, where comparing with every kept span was quadratic
 * on a long sentence full of candidates.
 */
export function keepNonOverlapping<T extends Span>(ordered: readonly T[]): T[] {
  if (ordered.length === 0) return [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of ordered) {
    lo = Math.min(lo, c.start);
    hi = Math.max(hi, c.end);
  }
  const taken = new Uint8Array(Math.max(0, hi - lo));
  const kept: T[] = [];
  for (const c of ordered) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i - lo]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start - lo, c.end - lo);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Index of the span containing `offset` in a sorted list of non-overlapping spans (binary
 * search), or -1 when the offset lies between or outside them.
 */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The first index of ascending `sorted` whose value is at least `x` (`sorted.length` when none is). */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
