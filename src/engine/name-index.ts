/**
 * The person index: which name and title claims can find their person in an article
 * (SPEC §2 "kind: name", "kind: title"), from one pass over the article's capitalised
 * tokens — never claim by claim.
 *
 * `matchName` (kinds/name/match.ts) only considers a correct form when every one of its
 * tokens has a candidate among the article's tokens: a token whose folded key (lower case,
 * no diacritics) is within the form token's edit limit (1, or 2 for tokens of eight letters
 * or more), found through symmetric deletions. So each form contributes one *trigger* token
 * (its rarest token among the run's claims, then its longest), and a claim is a candidate
 * in an article that has a token near one of its triggers. The index holds the triggers'
 * deletion neighbourhoods (depth 1 for limit 1, depth 2 for limit 2: symmetric deletions of
 * depth k find every pair within k insertions, deletions, substitutions and swaps of
 * adjacent letters), hashed; an article probes it with each distinct token key's deletions,
 * once per key and run (names recur). The key and deletion functions below are those of
 * `kinds/name/match.ts`, kept equal by the equivalence tests.
 */
import type { AnalyzedSource } from '../extract/analyzed-source.js';
import { isInitial, letterCount } from '../extract/names.js';
import { deletions, keyOf, type NameForm } from '../kinds/name/match.js';
import { post, type CandidateSet } from './candidates.js';

/** A claim's correct forms (name claims: the name's; title claims: the person's). */
export interface PersonEntry {
  readonly claim: number;
  readonly forms: readonly NameForm[];
}

/** The folded key of a token, as kinds/name/match.ts computes it for candidate look-up. */
export function tokenKey(token: string): string {
  if (/^[A-Za-z]+$/.test(token)) return token.toLowerCase(); // the common case, with nothing to fold
  return keyOf(token);
}


const codePoints = (s: string): number => (/[\uD800-\uDBFF]/u.test(s) ? Array.from(s).length : s.length);

/**
 * Deletions are looked up by a 32-bit polynomial hash (computed without building the
 * strings, from prefix hashes): a hash collision only adds a candidate, which its judge
 * then turns down, so it costs time, never a verdict.
 */
const P = 0x01000193;

/** Hash of a whole string, the same as the incremental ones below. */
function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, P) + s.charCodeAt(i)) | 0;
  return h;
}

/** Powers of P, grown as needed. */
const POW: number[] = [1];
function pow(k: number): number {
  while (POW.length <= k) POW.push(Math.imul(POW[POW.length - 1]!, P));
  return POW[k]!;
}

/**
 * Calls `visit` with the hash of `key` and of every string made by deleting one or two
 * code units of it (two only when `deep`). For keys without surrogate pairs, where code
 * units are code points.
 */
function forEachDeletionHash(key: string, deep: boolean, visit: (h: number, depth: number) => void): void {
  const n = key.length;
  const pre = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) pre[i + 1] = (Math.imul(pre[i]!, P) + key.charCodeAt(i)) | 0;
  const sub = (a: number, b: number): number => (pre[b]! - Math.imul(pre[a]!, pow(b - a))) | 0; // hash of key[a, b)
  visit(pre[n]!, 0);
  for (let i = 0; i < n; i++) {
    // key without i: key[0, i) + key[i + 1, n)
    visit((Math.imul(pre[i]!, pow(n - i - 1)) + sub(i + 1, n)) | 0, 1);
    if (!deep) continue;
    for (let j = i + 1; j < n; j++) {
      // key without i and j: key[0, i) + key[i + 1, j) + key[j + 1, n)
      const left = (Math.imul(pre[i]!, pow(j - i - 1)) + sub(i + 1, j)) | 0;
      visit((Math.imul(left, pow(n - j - 1)) + sub(j + 1, n)) | 0, 2);
    }
  }
}

const NONE: readonly number[] = [];

export class PersonIndex {
  /** Hashes of depth-1 deletions of limit-1 triggers → claims. */
  private readonly near1 = new Map<number, number[]>();
  /** Hashes of depth-2 deletions of limit-2 triggers → claims. */
  private readonly near2 = new Map<number, number[]>();
  /** Code-point lengths an article key may have to be within one (two) edits of some limit-1 (limit-2) trigger. */
  private readonly lengths1 = new Set<number>();
  private readonly lengths2 = new Set<number>();
  /** Key → the claims it finds (names recur from article to article). */
  private readonly found = new Map<string, readonly number[]>();
  private readonly size: number;

  constructor(entries: readonly PersonEntry[]) {
    // How many claims use each token key: a form's trigger is its rarest token (surnames,
    // not first names), then its longest; an initial only when the form has nothing else.
    const df = new Map<string, number>();
    for (const e of entries) {
      const keys = new Set<string>();
      for (const form of e.forms) for (const t of form.tokens) keys.add(tokenKey(t));
      for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
    }
    const score = (t: string): [number, number, number] => {
      const key = tokenKey(t);
      return [isInitial(t) ? 1 : 0, df.get(key)!, -codePoints(key)];
    };
    const better = (a: [number, number, number], b: [number, number, number]): boolean => a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
    for (const e of entries) {
      const triggers = new Map<string, number>();
      for (const form of e.forms) {
        if (form.tokens.length === 0) continue;
        // Any token of the form must occur (nearly): one is enough to look for.
        let best = form.tokens[0]!;
        let bestScore = score(best);
        for (const t of form.tokens) {
          const sc = score(t);
          if (better(sc, bestScore)) {
            best = t;
            bestScore = sc;
          }
        }
        const limit = letterCount(best) >= 8 ? 2 : 1;
        const key = tokenKey(best);
        triggers.set(`${limit}:${key}`, limit);
      }
      for (const [k, limit] of triggers) {
        const key = k.slice(2);
        for (const del of deletions(key, limit)) post(limit === 1 ? this.near1 : this.near2, hashOf(del), e.claim);
        const len = codePoints(key);
        for (let d = -limit; d <= limit; d++) (limit === 1 ? this.lengths1 : this.lengths2).add(len + d);
      }
    }
    this.size = entries.length;
  }

  get empty(): boolean {
    return this.size === 0;
  }

  /** The claims with a trigger near `key`. */
  private lookUp(key: string): readonly number[] {
    // Each edit changes the length by one at most: only keys of a trigger's length ± its limit can be near it.
    // Only keys that passed the length test below are cached (the lengths never change).
    const cached = this.found.get(key);
    if (cached) return cached;
    const len = codePoints(key);
    const near = this.lengths1.has(len);
    const deep = this.lengths2.has(len);
    if (!near && !deep) return NONE;
    const claims = new Set<number>();
    const probe = (map: Map<number, number[]>, h: number): void => {
      const list = map.get(h);
      if (list) for (const c of list) claims.add(c);
    };
    if (/[\uD800-\uDFFF]/u.test(key)) {
      if (near) for (const del of deletions(key, 1)) probe(this.near1, hashOf(del));
      if (deep) for (const del of deletions(key, 2)) probe(this.near2, hashOf(del));
    } else {
      forEachDeletionHash(key, deep, (h, depth) => {
        if (near && depth <= 1) probe(this.near1, h);
        if (deep) probe(this.near2, h);
      });
    }
    const list = [...claims];
    if (this.found.size >= 200_000) this.found.clear();
    this.found.set(key, list);
    return list;
  }

  /** Adds the claims whose person (or name) may occur in `doc` to `out`. */
  collect(doc: AnalyzedSource, out: CandidateSet): void {
    if (this.empty) return;
    const seen = new Set<string>();
    for (const run of doc.nameRuns) {
      for (const tok of run.tokens) {
        const key = tokenKey(tok.text);
        if (seen.has(key)) continue;
        seen.add(key);
        for (const c of this.lookUp(key)) out.add(c);
      }
    }
  }
}
