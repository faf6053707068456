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
import { articleKeys, deletions, hashKey, keyOf, KEY_HASH, type NameForm } from '../kinds/name/match.js';
import type { CandidateSet } from './candidates.js';

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
 * Deletions are looked up by a 32-bit polynomial hash ({@link hashKey}, the one the
 * article's keys come with; computed without building the strings, from prefix hashes):
 * a hash collision only adds a candidate, which its judge then turns down, so it costs
 * time, never a verdict.
 */
const P = KEY_HASH;
const hashOf = hashKey;

/** Powers of P, grown as needed. */
let POW = new Int32Array([1]);
function powers(k: number): Int32Array {
  if (POW.length <= k) {
    const next = new Int32Array(Math.max(k + 1, POW.length * 2));
    next[0] = 1;
    for (let i = 1; i < next.length; i++) next[i] = Math.imul(next[i - 1]!, P);
    POW = next;
  }
  return POW;
}

/**
 * Hashes of a key's deletions, from its prefix hashes `pre` (`pre[i]` the hash of
 * `key[0, i)`, so `pre[n]` the key's): by linearity, deleting unit `i` adds
 * `D[i] = (pre[i] − pre[i+1])·P^(n−i−1)` to the key's hash, and deleting units `i < j`
 * adds `E[i] + D[j]` with `E[i] = (pre[i] − pre[i+1])·P^(n−i−2)` (all mod 2^32, as
 * {@link hashOf} computes them). Scratch arrays, reused from key to key.
 */
let D = new Int32Array(64);
let E = new Int32Array(64);

function deletionTerms(pre: Int32Array, n: number): void {
  if (D.length < n) {
    D = new Int32Array(n * 2);
    E = new Int32Array(n * 2);
  }
  const pw = powers(n);
  for (let i = 0; i < n; i++) {
    const step = (pre[i]! - pre[i + 1]!) | 0;
    D[i] = Math.imul(step, pw[n - i - 1]!);
    E[i] = i + 2 <= n ? Math.imul(step, pw[n - i - 2]!) : 0;
  }
}

/** Deletion hash → the claims posted under it: one claim as a number (most hashes), more as a list. */
type Postings = Map<number, number | number[]>;

/** Posts `claim` under `h` (once: a claim's deletions are posted together). */
function postClaim(map: Postings, h: number, claim: number): void {
  const v = map.get(h);
  if (v === undefined) map.set(h, claim);
  else if (typeof v === 'number') {
    if (v !== claim) map.set(h, [v, claim]);
  } else if (v[v.length - 1] !== claim) v.push(claim);
}

/**
 * A hash table from deletion hashes to claims (open addressing on typed arrays): nearly
 * every probe of an article key finds nothing, and here that is a few array reads
 * instead of a Map look-up. A slot's value is 0 when empty, `1 + claim` for one claim,
 * `-(1 + i)` for the claims `lists[i]`.
 */
class HashLists {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  readonly lists: (readonly number[])[] = [];
  private readonly shift: number;

  constructor(map: Postings) {
    let bits = 4;
    while (1 << bits < map.size * 2) bits++;
    this.shift = 32 - bits;
    this.keys = new Int32Array(1 << bits);
    this.values = new Int32Array(1 << bits);
    const mask = (1 << bits) - 1;
    for (const [h, v] of map) {
      let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
      while (this.values[i] !== 0) i = (i + 1) & mask;
      this.keys[i] = h;
      if (typeof v === 'number') this.values[i] = v + 1;
      else this.values[i] = -this.lists.push(v);
    }
  }

  /** The value under hash `h` (see the class comment): 0 for none. */
  get(h: number): number {
    const mask = this.values.length - 1;
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const v = this.values[i]!;
      if (v === 0 || this.keys[i] === h) return v;
      i = (i + 1) & mask;
    }
  }
}

const NONE: readonly number[] = [];

/**
 * The keys an index has looked up, with the claims each finds (names recur from article to
 * article): an open-addressing table on the key's hash, each slot's hash and state side by
 * side in one typed array, so a probe reads one place and a key string only to confirm.
 */
class KeyCache {
  /** Entries kept before the table starts afresh (a bound on memory, never on results). */
  static readonly LIMIT = 200_000;
  /** Per slot: [hash, state]; state 0 empty, 1 a key that finds nothing, 2 + i one whose claims are `lists[i]`. */
  private table = new Int32Array(2 << 12);
  private keys: string[] = new Array<string>(1 << 12);
  private lists: (readonly number[])[] = [];
  private size = 0;
  /** 32 − log2(slots): a hash's first slot is its top bits, mixed. */
  private shift = 32 - 12;

  private get slots(): number {
    return this.table.length >> 1;
  }

  private start(h: number): number {
    return Math.imul(h, 0x9e3779b1) >>> this.shift;
  }

  /** The claims found by `key` (hash `h`), or undefined when it is not in the table. */
  get(key: string, h: number): readonly number[] | undefined {
    const mask = this.slots - 1;
    const table = this.table;
    for (let i = this.start(h); ; i = (i + 1) & mask) {
      const state = table[2 * i + 1]!;
      if (state === 0) return undefined;
      if (table[2 * i] === h && this.keys[i] === key) return state === 1 ? NONE : this.lists[state - 2]!;
    }
  }

  /** Adds `key` (absent, hash `h`) with its claims. */
  add(key: string, h: number, list: readonly number[]): void {
    if (this.size >= KeyCache.LIMIT) this.reset(1 << 12, false);
    else if ((this.size + 1) * 2 > this.slots) this.reset(this.slots * 2, true);
    this.put(key, h, list.length === 0 ? 1 : this.lists.push(list) + 1);
    this.size++;
  }

  private put(key: string, h: number, state: number): void {
    const mask = this.slots - 1;
    let i = this.start(h);
    while (this.table[2 * i + 1] !== 0) i = (i + 1) & mask;
    this.table[2 * i] = h;
    this.table[2 * i + 1] = state;
    this.keys[i] = key;
  }

  /** Empties the table into `slots` slots, keeping its entries when `keep`. */
  private reset(slots: number, keep: boolean): void {
    const { table, keys } = this;
    this.table = new Int32Array(2 * slots);
    this.keys = new Array<string>(slots);
    this.shift = 32 - Math.log2(slots);
    this.size = 0;
    if (!keep) {
      this.lists = [];
      return;
    }
    for (let i = 0; i < keys.length; i++) {
      if (table[2 * i + 1] !== 0) {
        this.put(keys[i]!, table[2 * i]!, table[2 * i + 1]!);
        this.size++;
      }
    }
  }
}

/** Prefix hashes of the key being looked up (scratch, grown as needed). */
let PRE = new Int32Array(64);

/** Fills {@link PRE} with the prefix hashes of `key`. */
function prefixHashes(key: string): void {
  const n = key.length;
  if (PRE.length <= n) PRE = new Int32Array(2 * n + 1);
  let h = 0;
  for (let i = 0; i < n; i++) {
    h = (Math.imul(h, P) + key.charCodeAt(i)) | 0;
    PRE[i + 1] = h;
  }
}

/** True when `s` has a surrogate code unit (so its code points may not be its units). */
function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xf800) === 0xd800) return true;
  return false;
}

export class PersonIndex {
  /** Hashes of depth-1 deletions of limit-1 triggers → claims. */
  private readonly near1: HashLists;
  /** Hashes of depth-2 deletions of limit-2 triggers → claims. */
  private readonly near2: HashLists;
  /** Code-point lengths an article key may have to be within one (two) edits of some limit-1 (limit-2) trigger. */
  private readonly lengths1 = new Set<number>();
  private readonly lengths2 = new Set<number>();
  private static readonly SHORT = 256;
  /** Per length below {@link SHORT}: 1 when in `lengths1`, 2 when in `lengths2` (both: 3). */
  private readonly lengthBits = new Uint8Array(PersonIndex.SHORT);
  /** Key → the claims it finds (names recur from article to article). */
  private readonly found = new KeyCache();
  /** Claim → the last look-up that found it (a look-up's claims without duplicates). */
  private readonly mark: Int32Array;
  private lookUps = 0;
  private readonly size: number;

  constructor(entries: readonly PersonEntry[]) {
    const near1: Postings = new Map();
    const near2: Postings = new Map();
    // How many claims use each token key: a form's trigger is its rarest token (surnames,
    // not first names), then its longest; an initial only when the form has nothing else.
    const df = new Map<string, number>();
    let maxClaim = -1;
    for (const e of entries) {
      const keys = new Set<string>();
      for (const form of e.forms) for (const t of form.tokens) keys.add(tokenKey(t));
      for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
      if (e.claim > maxClaim) maxClaim = e.claim;
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
        const map = limit === 1 ? near1 : near2;
        if (hasSurrogate(key)) {
          // `deletions` deletes code points from strings with a lone high surrogate (some of
          // its deletions may have one): hash its strings.
          for (const del of deletions(key, limit)) postClaim(map, hashOf(del), e.claim);
        } else {
          // The hashes of the same deletions, from prefix hashes (a string made twice, as
          // `aa` without either `a`, is posted twice: `post` keeps the claim once).
          prefixHashes(key);
          const n = key.length;
          deletionTerms(PRE, n);
          const full = PRE[n]!;
          postClaim(map, full, e.claim);
          for (let i = 0; i < n; i++) {
            postClaim(map, (full + D[i]!) | 0, e.claim);
            if (limit === 1) continue;
            const left = (full + E[i]!) | 0;
            for (let j = i + 1; j < n; j++) postClaim(map, (left + D[j]!) | 0, e.claim);
          }
        }
        const len = codePoints(key);
        for (let d = -limit; d <= limit; d++) (limit === 1 ? this.lengths1 : this.lengths2).add(len + d);
      }
    }
    this.near1 = new HashLists(near1);
    this.near2 = new HashLists(near2);
    for (let len = 0; len < PersonIndex.SHORT; len++) {
      this.lengthBits[len] = (this.lengths1.has(len) ? 1 : 0) | (this.lengths2.has(len) ? 2 : 0);
    }
    this.mark = new Int32Array(maxClaim + 1);
    this.size = entries.length;
  }

  get empty(): boolean {
    return this.size === 0;
  }

  /** 1 when a key of `len` code points may be near a limit-1 trigger, 2 a limit-2 one (both: 3), else 0. */
  private lengthTest(len: number): number {
    // Each edit changes the length by one at most: only keys of a trigger's length ± its limit can be near it.
    if (len < PersonIndex.SHORT) return this.lengthBits[len]!;
    return (this.lengths1.has(len) ? 1 : 0) | (this.lengths2.has(len) ? 2 : 0);
  }

  private nextLookUp(): void {
    if (++this.lookUps === 0x7fffffff) {
      this.mark.fill(0);
      this.lookUps = 1;
    }
  }

  /** Appends the claims of `table`'s value `v` not yet found by this look-up to `out`. */
  private take(table: HashLists, v: number, out: number[]): void {
    if (v === 0) return;
    if (v > 0) {
      this.takeClaim(v - 1, out);
      return;
    }
    for (const c of table.lists[-v - 1]!) this.takeClaim(c, out);
  }

  private takeClaim(c: number, out: number[]): void {
    if (this.mark[c] === this.lookUps) return;
    this.mark[c] = this.lookUps;
    out.push(c);
  }

  /**
   * The claims with a trigger near the key whose prefix hashes are in {@link PRE} (`n`
   * code units, no surrogates), for the length test's answer `lengths`.
   */
  private near(n: number, lengths: number): number[] {
    const near = (lengths & 1) !== 0;
    const deep = (lengths & 2) !== 0;
    this.nextLookUp();
    const out: number[] = [];
    deletionTerms(PRE, n);
    const full = PRE[n]!;
    if (near) this.take(this.near1, this.near1.get(full), out);
    if (deep) this.take(this.near2, this.near2.get(full), out);
    for (let i = 0; i < n; i++) {
      // The key without unit i.
      const h1 = (full + D[i]!) | 0;
      if (near) this.take(this.near1, this.near1.get(h1), out);
      if (!deep) continue;
      this.take(this.near2, this.near2.get(h1), out);
      // The key without units i and j.
      const left = (full + E[i]!) | 0;
      for (let j = i + 1; j < n; j++) this.take(this.near2, this.near2.get((left + D[j]!) | 0), out);
    }
    return out;
  }

  /** The claims with a trigger near `key`, a key with lone surrogates (its deletions made as strings). */
  private nearAstral(key: string, lengths: number): number[] {
    this.nextLookUp();
    const out: number[] = [];
    if (lengths & 1) for (const del of deletions(key, 1)) this.take(this.near1, this.near1.get(hashOf(del)), out);
    if (lengths & 2) for (const del of deletions(key, 2)) this.take(this.near2, this.near2.get(hashOf(del)), out);
    return out;
  }

  /** Adds the claims whose person (or name) may occur in `doc` to `out`. */
  collect(doc: AnalyzedSource, out: CandidateSet): void {
    if (this.empty) return;
    // The article's distinct token keys, hashed (the index the name judge matches with).
    const { keys, hashes } = articleKeys(doc.nameRuns);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const lengths = this.lengthTest(hasSurrogate(key) ? codePoints(key) : key.length);
      if (lengths === 0) continue;
      const h = hashes[k]!;
      let list = this.found.get(key, h);
      if (list === undefined) {
        if (/[\uD800-\uDFFF]/u.test(key)) {
          // Lone surrogates: deleted by `deletions` itself, as the triggers' were. (Pairs
          // are not matched by this pattern: like any other key's, their deletions are
          // hashed from prefix hashes, by code unit.)
          list = this.nearAstral(key, lengths);
        } else {
          prefixHashes(key);
          list = this.near(key.length, lengths);
        }
        this.found.add(key, h, list);
      }
      for (const c of list) out.add(c);
    }
  }
}
