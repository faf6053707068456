/**
 * A set of claim numbers (indexes into the run's claim list) collected for one article,
 * reused from article to article: adding is a stamp check, clearing is one increment, so
 * the cost is the number of candidates, never the number of claims.
 */
export class CandidateSet {
  private readonly stamp: Uint32Array;
  private generation = 1;
  private readonly list: number[] = [];

  constructor(size: number) {
    this.stamp = new Uint32Array(size);
  }

  add(claim: number): void {
    if (this.stamp[claim] === this.generation) return;
    this.stamp[claim] = this.generation;
    this.list.push(claim);
  }

  has(claim: number): boolean {
    return this.stamp[claim] === this.generation;
  }

  get size(): number {
    return this.list.length;
  }

  /** The claims added since the last call, ascending; the set is empty afterwards. */
  take(): number[] {
    const out = this.list.slice().sort((a, b) => a - b);
    this.list.length = 0;
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    return out;
  }
}

/** Adds `claim` to the list kept under `key`. */
export function post<K>(map: Map<K, number[]>, key: K, claim: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [claim]);
  else if (list[list.length - 1] !== claim) list.push(claim);
}
