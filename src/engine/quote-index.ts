/**
 * The quote index: which quote claims can give a mention in an article (SPEC §2 "kind:
 * quote"), found from the article's words and quoted passages, never claim by claim.
 *
 * `matchQuote` (kinds/quote/match.ts) finds three things; each needs something an index can
 * look up, so a claim that has none of them in an article gives no mention there:
 *
 * 1. **Exact** — the claim's words in a row (or, for a claim with its own ellipses and
 *    bracketed insertions, its unbracketed words in order). Needs every unbracketed word
 *    of the claim in the article: the claim is filed under its rarest such word, and a hit
 *    is checked against the article's word set.
 * 2. **Partial** — a quoted passage (or split quotation) and the claim share a stretch of at
 *    least `MIN_PARTIAL_WORDS` words in a row on the passage's side, which starts at the first
 *    word of a passage or at the claim's first word; where the passage has no ellipsis or
 *    bracket, the words are in a row on the claim's side too. So: four quoted words opening a
 *    passage that are a four-word sequence of the claim (a `Map` of the claims' 4-grams), or
 *    four quoted words anywhere that open the claim (a `Map` of the claims' openings; both
 *    keyed by a hash of the four word numbers, what a key finds checked word by word); around
 *    an ellipsis or bracket, four quoted words all in the claim. A whole claim shorter than
 *    four words is exact (1), or spans an ellipsis and starts with the claim's first word.
 * 3. **Similar** (a conflict) — a quoted unit (a passage, or up to five passages of a split
 *    quotation) that shares with the claim at least 60% of the longer side's words. A word
 *    shared is a word of both, so the multiset intersection bounds the words shared:
 *    - a unit shorter than the claim is compared whole: ⌈0.6·m⌉ of its m words must be
 *      claim words — so two of its m − ⌈0.6·m⌉ + 2 rarest words are (pigeonhole; words in
 *      no claim count as the rarest), and the claims holding two of them are checked;
 *    - a unit at least as long as the claim is compared by its best span of at most
 *      n / 0.6 words, which must hold ⌈0.6·n⌉ of the claim's n words — so two of the
 *      claim's n − ⌈0.6·n⌉ + 2 rarest words (its *prefix*, indexed) are in the unit, and a
 *      sliding window checks the bound;
 *    - either way the words shared are in the same order on both sides (a word diff), so
 *      the longest common subsequence of claim and unit bounds them too: the last check.
 *
 * Everything here over-approximates the matcher (its budgets and candidate limits only
 * ever drop matches), so the judge sees every pair that can give a mention and decides
 * it; the equivalence tests compare with judging every pair. The constants come from the
 * matcher's module, so a change there carries over.
 */
import type { AnalyzedSource } from '../extract/analyzed-source.js';
import { hashWord, readQuoteIndex, wordArrays, WORD_BRACKETED, WORD_ELLIPSIS } from '../extract/quotes.js';
import { MIN_PARTIAL_WORDS, MIN_SIMILARITY } from '../kinds/quote/match.js';
import { post, type CandidateSet } from './candidates.js';
import { lowerBound } from '../core/span.js';

/** A quote claim, as the index needs it. */
export interface QuoteEntry {
  readonly claim: number;
  readonly value: string;
}

/** Very common English words: ranked last when choosing a claim's rarest words. */
const COMMON = new Set(
  ('the a an and or but if of to in on at by for with from as is are was were be been being it its this that these those ' +
    'we i you he she they our my your his her their us me him them not no do does did have has had will would can could ' +
    'should must may might shall there here what which who whom when where why how all any some so than then too very ' +
    "just about into over after before up down out more most such only also now there's it's don't can't won't").split(' '),
);

/** Words needed for a similarity of MIN_SIMILARITY over `x` words (as the matcher compares, with its 1e-9 slack). */
export function wordsNeeded(x: number): number {
  return Math.max(1, Math.ceil((MIN_SIMILARITY - 1e-9) * x - 1e-12));
}

/**
 * A key for four word numbers in a row (a small integer, so the maps hash it cheaply).
 * Different runs may share a key: whatever a key finds is checked word by word.
 */
function gramKey(a: number, b: number, c: number, d: number): number {
  let h = Math.imul(a ^ 0x2545f491, 0x9e3779b1);
  h = Math.imul(h ^ b, 0x85ebca6b);
  h = Math.imul(h ^ c, 0xc2b2ae35);
  h = Math.imul(h ^ d, 0x27d4eb2f);
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

/** A list per word number, flattened: `list[start[id]]` … `list[start[id + 1] - 1]`. */
function flatten(lists: readonly (readonly number[])[]): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  for (let id = 0; id < lists.length; id++) start[id + 1] = start[id]! + lists[id]!.length;
  const list = new Int32Array(start[lists.length]!);
  for (let id = 0; id < lists.length; id++) list.set(lists[id]!, start[id]!);
  return { start, list };
}

/** Grows a scratch array to hold at least `n` items (contents are not kept). */
function atLeast<T extends Int32Array | Uint8Array | Float64Array>(a: T, n: number, make: (n: number) => T): T {
  return a.length >= n ? a : make(Math.max(n, 2 * a.length));
}

/**
 * The index. Quote claims are *entries* (numbered from 0; entries hold the run's claim
 * number), and words are numbered: every word of some claim has a number; an article word
 * that is in no claim cannot be shared with one, and is -1. What is read per article word
 * or per candidate lives in typed arrays indexed by those numbers, so a look-up touches
 * a few cache lines and allocates nothing.
 */
export class QuoteIndex {
  /** Number of entries. */
  private readonly size: number;
  /** Entry → the run's claim number. */
  private readonly claimOf: Int32Array;
  /** Entry → its words (numbers), read as an article's are (`readQuoteIndex`). */
  private readonly v: Int32Array[] = [];
  /** Entry → its word count. */
  private readonly len: Int32Array;
  /**
   * Entry → its distinct words, the rarest first (the first to go unshared), and how often
   * each occurs (`counts`, same order); and the same words ascending (`sorted`), to search.
   */
  private readonly distinct: Int32Array[] = [];
  private readonly counts: Int32Array[] = [];
  private readonly sorted: Int32Array[] = [];
  /** Span mode: shared words needed, and the longest span that can reach them. */
  private readonly spanNeed: Int32Array;
  private readonly spanMax: Int32Array;
  /** Span mode: of the claim's prefix positions, how many at least are shared. */
  private readonly prefixNeed: Int32Array;
  /** Entry → words that must occur for an exact match (the unbracketed ones, or all when none is), flattened. */
  private readonly required: { start: Int32Array; list: Int32Array };

  /** Word → number: open addressing over `hashWord`, `slotId` holding number + 1 (0: free). */
  private readonly names: string[] = [];
  private readonly slotId: Int32Array;
  private readonly slotHash: Int32Array;
  private readonly slotMask: number;

  /** Word number → entries holding the word, longest claims first. */
  private readonly vocab: Int32Array[];
  /** 1. Rarest required word → entries (flattened). */
  private readonly exact: { start: Int32Array; list: Int32Array };
  /** 2. Four-word sequences of the claims (by `gramKey`) → entries. */
  private readonly grams = new Map<number, number[]>();
  /** 2. The claims' first four words (by `gramKey`) → entries. */
  private readonly openings = new Map<number, number[]>();
  /** 2. First word → entries (whole claims across an ellipsis), flattened. */
  private readonly first: { start: Int32Array; list: Int32Array };
  /** 3. Word number → entries whose prefix holds it, each followed by how many prefix positions do, shortest claims first (span mode). */
  private readonly prefix: (Int32Array | undefined)[];

  /** Hits per entry in the current unit (valid where `tried` carries the current stamp). */
  private readonly hits: Int32Array;
  /** Entries touched in the current unit: stamp per entry. */
  private readonly tried: Uint32Array;
  private stamp = 0;
  private readonly touched: number[] = [];
  /** Words of the current unit: stamp per word number, and occurrences where stamped. */
  private readonly inUnit: Uint32Array;
  private readonly unitCount: Int32Array;
  private unit = 0;
  /** Words present in the current article: stamp per word number. */
  private readonly seen: Uint32Array;
  private article = 0;
  /** Words of the current split quotation: stamp per word number. */
  private readonly inChain: Uint32Array;
  private chain = -1;
  /** `spanReaches` scratch, per word number: the claim's counts and the window's (all 0 between calls). */
  private readonly claimCount: Int32Array;
  private readonly windowCount: Int32Array;

  // Per-article scratch, grown as needed.
  private ids = new Int32Array(256);
  private present = new Int32Array(256);
  private norms = new Int32Array(64);
  private gapBefore = new Uint8Array(64);
  private isEnd = new Uint8Array(64);
  private firstOf = new Int32Array(8);
  private units = new Int32Array(64);
  private probes = new Float64Array(64);
  private row = new Int32Array(64);

  constructor(entries: readonly QuoteEntry[]) {
    const read = entries.map((e) => {
      const q = readQuoteIndex(e.value);
      const words = wordArrays(q).norms;
      return { e, words, flags: q.flags ?? new Uint8Array(words.length) };
    });
    const df = new Map<string, number>();
    for (const { words } of read) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
    const rarer = (a: string, b: string): number =>
      Number(COMMON.has(a)) - Number(COMMON.has(b)) || df.get(a)! - df.get(b)! || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
    const ids = new Map<string, number>();
    const vocab: number[][] = [];
    const idOf = (w: string): number => {
      let id = ids.get(w);
      if (id === undefined) {
        id = ids.size;
        ids.set(w, id);
        this.names.push(w);
        vocab.push([]);
      }
      return id;
    };
    const claimOf: number[] = [];
    const spanNeed: number[] = [];
    const spanMax: number[] = [];
    const prefixNeed: number[] = [];
    const required: number[][] = [];
    const exact: number[][] = [];
    const first: number[][] = [];
    const prefix: number[][] = [];
    const listOf = (lists: number[][], id: number): number[] => (lists[id] ??= []);
    for (const { e, words, flags } of read) {
      const n = words.length;
      if (n === 0) continue; // the matcher reads nothing for it
      const entry = claimOf.length;
      const v = Int32Array.from(words, idOf);
      const unbracketed = words.filter((_, q) => (flags[q]! & WORD_BRACKETED) === 0);
      const req = [...new Set(unbracketed.length ? unbracketed : words)];
      const counts = new Map<number, number>();
      for (const id of v) counts.set(id, (counts.get(id) ?? 0) + 1);
      const need = wordsNeeded(n);
      // The claim's P rarest positions: at most n − need of them go unshared, so at least
      // P − (n − need) are shared. One more position than the bare pigeonhole asks for means
      // two shared prefix words are needed: far fewer claims to check.
      const P = Math.min(n, n - need + 2);
      claimOf.push(e.claim);
      this.v.push(v);
      const ds = [...counts.keys()].sort((a, b) => rarer(this.names[a]!, this.names[b]!));
      this.distinct.push(Int32Array.from(ds));
      this.counts.push(Int32Array.from(ds, (id) => counts.get(id)!));
      this.sorted.push(Int32Array.from(ds).sort());
      spanNeed.push(need);
      spanMax.push(Math.floor(n / (MIN_SIMILARITY - 1e-9) + 1e-9));
      prefixNeed.push(P - (n - need));
      required.push(req.map(idOf));
      listOf(exact, idOf([...req].sort(rarer)[0]!)).push(entry);
      for (let k = 0; k + MIN_PARTIAL_WORDS <= n; k++) post(this.grams, gramKey(v[k]!, v[k + 1]!, v[k + 2]!, v[k + 3]!), entry);
      if (n >= MIN_PARTIAL_WORDS) post(this.openings, gramKey(v[0]!, v[1]!, v[2]!, v[3]!), entry);
      const f = listOf(first, v[0]!);
      if (f[f.length - 1] !== entry) f.push(entry);
      for (const id of counts.keys()) vocab[id]!.push(entry);
      const positions = words.map((w, q) => ({ w, q })).sort((a, b) => rarer(a.w, b.w) || a.q - b.q);
      const mult = new Map<number, number>();
      for (const p of positions.slice(0, P)) mult.set(idOf(p.w), (mult.get(idOf(p.w)) ?? 0) + 1);
      for (const [id, k] of mult) listOf(prefix, id).push(entry, k);
    }
    const E = claimOf.length;
    const V = ids.size;
    this.size = E;
    this.claimOf = Int32Array.from(claimOf);
    this.len = Int32Array.from(this.v, (v) => v.length);
    this.spanNeed = Int32Array.from(spanNeed);
    this.spanMax = Int32Array.from(spanMax);
    this.prefixNeed = Int32Array.from(prefixNeed);
    this.required = flatten(required);
    const perWord = (lists: number[][]): number[][] => Array.from({ length: V }, (_, id) => lists[id] ?? []);
    this.exact = flatten(perWord(exact));
    this.first = flatten(perWord(first));
    // Longest claims first in the word lists, shortest first in the prefix lists: a unit of m
    // words looks only at claims longer than m in the first, no longer than m in the second.
    const len = this.len;
    this.vocab = vocab.map((list) => Int32Array.from(list.sort((a, b) => len[b]! - len[a]! || a - b)));
    this.prefix = perWord(prefix).map((list) => {
      if (list.length === 0) return undefined;
      const pairs: Array<[number, number]> = [];
      for (let k = 0; k < list.length; k += 2) pairs.push([list[k]!, list[k + 1]!]);
      pairs.sort((a, b) => len[a[0]]! - len[b[0]]! || a[0] - b[0]);
      return Int32Array.from(pairs.flat());
    });
    let slots = 16;
    while (slots < 2 * V) slots *= 2;
    this.slotMask = slots - 1;
    this.slotId = new Int32Array(slots);
    this.slotHash = new Int32Array(slots);
    this.names.forEach((w, id) => {
      const h = hashWord(w);
      let i = h & this.slotMask;
      while (this.slotId[i] !== 0) i = (i + 1) & this.slotMask;
      this.slotId[i] = id + 1;
      this.slotHash[i] = h;
    });
    this.tried = new Uint32Array(E);
    this.hits = new Int32Array(E);
    this.inUnit = new Uint32Array(V);
    this.unitCount = new Int32Array(V);
    this.seen = new Uint32Array(V);
    this.inChain = new Uint32Array(V);
    this.claimCount = new Int32Array(V);
    this.windowCount = new Int32Array(V);
  }

  get empty(): boolean {
    return this.size === 0;
  }

  /** The number of a word (`h`: its `hashWord`), or -1 when no claim has it. */
  private lookUp(w: string, h: number): number {
    const mask = this.slotMask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const id = this.slotId[i]! - 1;
      if (id < 0) return -1;
      if (this.slotHash[i] === h && this.names[id] === w) return id;
    }
  }

  private fresh(): void {
    if (++this.stamp === 0xffffffff) {
      this.tried.fill(0);
      this.stamp = 1;
    }
  }

  /** Counts `k` hits for an entry (the first since `fresh()` starts it and lists it in `touched`). */
  private hit(entry: number, k: number): void {
    if (this.tried[entry] === this.stamp) this.hits[entry]! += k;
    else {
      this.tried[entry] = this.stamp;
      this.hits[entry] = k;
      this.touched.push(entry);
    }
  }

  /**
   * Length of the longest common subsequence of `v` and `u[0 … m)`: the matcher's word diff
   * shares no more words than that, in the unit or in any span of it.
   */
  private lcs(v: Int32Array, u: Int32Array, m: number): number {
    if (this.row.length < m + 1) this.row = new Int32Array(2 * (m + 1));
    const row = this.row;
    row.fill(0, 0, m + 1);
    for (let i = 0; i < v.length; i++) {
      const x = v[i]!;
      let diag = 0; // row[j - 1] of the previous line
      for (let j = 1; j <= m; j++) {
        const up = row[j]!;
        row[j] = u[j - 1] === x ? diag + 1 : up > row[j - 1]! ? up : row[j - 1]!;
        diag = up;
      }
    }
    return row[m]!;
  }

  /**
   * True when the multiset intersection of the current unit's words (`inUnit`, `unitCount`)
   * and the entry's holds `need` words. Stops as soon as the entry's words left could not
   * make up the difference.
   */
  private sharesAtLeast(entry: number, need: number): boolean {
    const ds = this.distinct[entry]!;
    const cs = this.counts[entry]!;
    const inUnit = this.inUnit;
    const unit = this.unit;
    let n = 0;
    let left = this.len[entry]!; // the entry's words not looked at yet
    for (let i = 0; i < ds.length; i++) {
      const id = ds[i]!;
      const k = cs[i]!;
      left -= k;
      if (inUnit[id] === unit) {
        const u = this.unitCount[id]!;
        n += u < k ? u : k;
        if (n >= need) return true;
      } else if (n + left < need) return false;
    }
    return n >= need;
  }

  /** True when the entry holds every word of `norms[k … k + MIN_PARTIAL_WORDS)`. */
  private holds(entry: number, norms: Int32Array, k: number): boolean {
    const ds = this.sorted[entry]!;
    for (let i = k; i < k + MIN_PARTIAL_WORDS; i++) {
      const x = norms[i]!;
      const lo = lowerBound(ds, x);
      if (lo === ds.length || ds[lo] !== x) return false;
    }
    return true;
  }

  /** Adds the claims that may be quoted (or misquoted) in `doc` to `out`. */
  collect(doc: AnalyzedSource, out: CandidateSet): void {
    if (this.empty) return;
    const qi = doc.quoteIndex;
    const { passages } = qi;
    const { norms: words, hashes } = wordArrays(qi);
    const nw = words.length;
    if (nw === 0) return;
    const flags = qi.flags ?? new Uint8Array(nw);
    const ids = (this.ids = atLeast(this.ids, nw, (n) => new Int32Array(n)));
    const present = (this.present = atLeast(this.present, nw, (n) => new Int32Array(n)));
    if (++this.article === 0xffffffff) {
      this.seen.fill(0);
      this.article = 1;
    }
    const seen = this.seen;
    const stamp = this.article;
    let np = 0;
    for (let w = 0; w < nw; w++) {
      const id = this.lookUp(words[w]!, hashes[w]!);
      ids[w] = id;
      if (id >= 0 && seen[id] !== stamp) {
        seen[id] = stamp;
        present[np++] = id;
      }
    }
    // 1. Exact.
    const { start: xs, list: xl } = this.exact;
    const { start: rs, list: rl } = this.required;
    for (let i = 0; i < np; i++) {
      const id = present[i]!;
      for (let x = xs[id]!; x < xs[id + 1]!; x++) {
        const e = xl[x]!;
        const claim = this.claimOf[e]!;
        if (out.has(claim)) continue;
        let all = true;
        for (let r = rs[e]!; r < rs[e + 1]! && all; r++) all = seen[rl[r]!] === stamp;
        if (all) out.add(claim);
      }
    }
    // Split quotations: runs of passages that continue one another (as the matcher chains them).
    for (let cs = 0; cs < passages.length; ) {
      let ce = cs + 1;
      while (ce < passages.length && passages[ce]!.continues === true) ce++;
      this.collectChain(passages, flags, ids, cs, ce, out);
      cs = ce;
    }
  }

  /**
   * Whether the matcher's stretch can run from chain word `k` matched with the entry's word
   * `c`: from the first word of a unit (a passage's first word) or from the claim's first
   * word, to the end of the unit or of the claim. Where the passage has no ellipsis or
   * bracket it is checked as the matcher walks it, word for word (`norms`, `gapBefore` and
   * `isEnd` hold the current chain, `count` words).
   */
  private walks(v: Int32Array, k: number, c: number, count: number): boolean {
    const norms = this.norms;
    const k4 = MIN_PARTIAL_WORDS;
    for (let j = 0; ; j++) {
      const kk = k + j;
      const cc = c + j;
      if (cc === v.length - 1) return j + 1 >= k4 || c === 0; // the claim ends: long enough, or all of it
      if (this.isEnd[kk] === 1 && j + 1 >= k4) return true; // a passage ends (a unit may also go on)
      if (kk + 1 >= count) return false;
      if (this.gapBefore[kk + 1] === 1) return true; // the claim may skip words here: not followed
      if (norms[kk + 1] !== v[cc + 1]) return false;
    }
  }

  private collectChain(passages: AnalyzedSource['quoteIndex']['passages'], flags: Uint8Array, ids: Int32Array, cs: number, ce: number, out: CandidateSet): void {
    const k4 = MIN_PARTIAL_WORDS;
    // 2. Partial: the chain's unbracketed words, whether an ellipsis or bracket stands
    // before each, and where its passages start and end.
    let words = 0;
    for (let p = cs; p < ce; p++) words += passages[p]!.wordTo - passages[p]!.wordFrom;
    const norms = (this.norms = atLeast(this.norms, words, (n) => new Int32Array(n)));
    const gapBefore = (this.gapBefore = atLeast(this.gapBefore, words, (n) => new Uint8Array(n)));
    const isEnd = (this.isEnd = atLeast(this.isEnd, words, (n) => new Uint8Array(n)));
    const firstOf = (this.firstOf = atLeast(this.firstOf, ce - cs, (n) => new Int32Array(n)));
    isEnd.fill(0, 0, words);
    let count = 0;
    let gapped = false;
    let pending = false;
    for (let p = cs; p < ce; p++) {
      firstOf[p - cs] = count;
      const { wordFrom, wordTo } = passages[p]!;
      for (let w = wordFrom; w < wordTo; w++) {
        const f = flags[w]!;
        if ((f & WORD_BRACKETED) !== 0) pending = true;
        else {
          const gap = count > 0 && pending;
          gapBefore[count] = gap ? 1 : 0;
          if (gap) gapped = true;
          norms[count++] = ids[w]!;
          pending = false;
        }
        if ((f & WORD_ELLIPSIS) !== 0) pending = true;
      }
      if (count > 0) isEnd[count - 1] = 1;
    }
    const gappedAt = (k: number): boolean => {
      if (!gapped) return false;
      for (let i = k + 1; i < k + k4; i++) if (gapBefore[i] === 1) return true;
      return false;
    };
    const known = (k: number): boolean => {
      for (let i = k; i < k + k4; i++) if (norms[i]! < 0) return false;
      return true;
    };
    const { start: fs, list: fl } = this.first;
    // (i) From a passage's first word (any claim position).
    for (let p = 0; p < ce - cs; p++) {
      const s0 = firstOf[p]!;
      if (s0 + k4 > count || !known(s0)) continue;
      if (gappedAt(s0)) {
        // Around an ellipsis or bracket the claim may skip words: its four words need not be in a row.
        let rarest = norms[s0]!;
        for (let i = s0 + 1; i < s0 + k4; i++) if (this.vocab[norms[i]!]!.length < this.vocab[rarest]!.length) rarest = norms[i]!;
        for (const e of this.vocab[rarest]!) {
          if (!out.has(this.claimOf[e]!) && this.holds(e, norms, s0)) out.add(this.claimOf[e]!);
        }
        continue;
      }
      const list = this.grams.get(gramKey(norms[s0]!, norms[s0 + 1]!, norms[s0 + 2]!, norms[s0 + 3]!));
      if (!list) continue;
      for (const e of list) {
        const claim = this.claimOf[e]!;
        if (out.has(claim)) continue;
        const v = this.v[e]!;
        for (let q = 0; q + k4 <= v.length; q++) {
          if (v[q] === norms[s0] && this.walks(v, s0, q, count)) {
            out.add(claim);
            break;
          }
        }
      }
    }
    // (ii) From the claim's first word (anywhere in the chain).
    for (let k = 0; k + k4 <= count; k++) {
      const id = norms[k]!;
      if (id < 0 || fs[id] === fs[id + 1]) continue; // no claim starts with the word
      if (!known(k)) continue;
      if (gappedAt(k)) {
        for (let x = fs[id]!; x < fs[id + 1]!; x++) {
          const e = fl[x]!;
          if (!out.has(this.claimOf[e]!) && this.holds(e, norms, k)) out.add(this.claimOf[e]!);
        }
        continue;
      }
      const list = this.openings.get(gramKey(id, norms[k + 1]!, norms[k + 2]!, norms[k + 3]!));
      if (!list) continue;
      for (const e of list) {
        const claim = this.claimOf[e]!;
        // The key may be another run's: the walk checks the next three words, this the first.
        if (!out.has(claim) && this.v[e]![0] === id && this.walks(this.v[e]!, k, 0, count)) out.add(claim);
      }
    }
    // A whole claim across an ellipsis or bracket: its first and last words in the chain.
    if (gapped) {
      // Two stamps per chain: `stamp` for a word of the chain, `stamp + 1` once it was looked up.
      this.chain += 2;
      if (this.chain >= 0xfffffffe) {
        this.inChain.fill(0);
        this.chain = 1;
      }
      const inChain = this.inChain;
      const stamp = this.chain;
      for (let k = 0; k < count; k++) if (norms[k]! >= 0) inChain[norms[k]!] = stamp;
      for (let k = 0; k < count; k++) {
        const id = norms[k]!;
        if (id < 0 || inChain[id] !== stamp) continue;
        inChain[id] = stamp + 1;
        for (let x = fs[id]!; x < fs[id + 1]!; x++) {
          const e = fl[x]!;
          const v = this.v[e]!;
          if (!out.has(this.claimOf[e]!) && inChain[v[v.length - 1]!]! >= stamp) out.add(this.claimOf[e]!);
        }
      }
    }

    // 3. Similar: each passage alone, and up to five passages of a split quotation around it
    // (a window repeats the one before only at the chain's ends).
    let pi = -1;
    let pj = -1;
    for (let p = cs; p < ce; p++) {
      this.collectPassages(passages, flags, ids, p, p + 1, out);
      if (ce - cs > 1) {
        const i = Math.max(cs, p - 2);
        const j = Math.min(ce, p + 3);
        if (i !== pi || j !== pj) this.collectPassages(passages, flags, ids, i, j, out);
        pi = i;
        pj = j;
      }
    }
  }

  /** `collectUnit` for the passages `[i, j)`. */
  private collectPassages(passages: AnalyzedSource['quoteIndex']['passages'], flags: Uint8Array, ids: Int32Array, i: number, j: number, out: CandidateSet): void {
    const m = passages[j - 1]!.wordTo - passages[i]!.wordFrom;
    const u = (this.units = atLeast(this.units, m, (n) => new Int32Array(n)));
    let k = 0;
    let plain = 0;
    for (let p = i; p < j; p++) {
      for (let w = passages[p]!.wordFrom; w < passages[p]!.wordTo; w++) {
        u[k++] = ids[w]!;
        if ((flags[w]! & WORD_BRACKETED) === 0) plain++;
      }
    }
    this.collectUnit(u, k, plain, out);
  }

  /** Claims that may be misquoted by the quoted unit `u[0 … m)` (its word numbers, bracketed words included). */
  private collectUnit(u: Int32Array, m: number, plain: number, out: CandidateSet): void {
    if (m === 0) return;
    if (++this.unit === 0xffffffff) {
      this.inUnit.fill(0);
      this.unit = 1;
    }
    const unit = this.unit;
    const inUnit = this.inUnit;
    const unitCount = this.unitCount;
    const len = this.len;
    const touched = this.touched;
    // Claims no longer than the unit: through their prefixes (each distinct unit word once);
    // then the words they share with the whole unit (a multiset), with its best window of
    // at most n / 0.6 words, and in order.
    this.fresh();
    touched.length = 0;
    let known = 0;
    for (let k = 0; k < m; k++) {
      const id = u[k]!;
      if (id < 0) continue;
      known++;
      if (inUnit[id] === unit) {
        unitCount[id]!++;
        continue;
      }
      inUnit[id] = unit;
      unitCount[id] = 1;
      const list = this.prefix[id];
      if (!list) continue;
      for (let x = 0; x < list.length; x += 2) {
        const e = list[x]!;
        if (len[e]! > m) break; // the rest are longer still
        this.hit(e, list[x + 1]!);
      }
    }
    for (const e of touched) {
      const claim = this.claimOf[e]!;
      const need = this.spanNeed[e]!;
      if (this.hits[e]! < this.prefixNeed[e]! || out.has(claim) || !this.sharesAtLeast(e, need)) continue;
      if ((m <= this.spanMax[e]! || this.spanReaches(u, m, e)) && this.lcs(this.v[e]!, u, m) >= need) out.add(claim);
    }
    // Claims longer than the unit, which is then compared whole: through the unit's rarest words.
    if (plain < MIN_PARTIAL_WORDS) return;
    const need = wordsNeeded(m);
    // Words in no claim are the rarest of all, and never shared.
    const unknown = m - known;
    if (unknown > m - need) return; // too few claim words to share enough
    // Of the unknown words and the r rarest known ones, at most m − need go unshared: at
    // least `req` of the r are shared (two, with one position more than the bare pigeonhole).
    const r = Math.min(m - need + 2 - unknown, known);
    const req = unknown + r - (m - need);
    // The r rarest known words, ties in unit order: sorted by (list length, position), as one number.
    const probes = (this.probes = atLeast(this.probes, known, (n) => new Float64Array(n)));
    let np = 0;
    for (let k = 0; k < m; k++) if (u[k]! >= 0) probes[np++] = this.vocab[u[k]!]!.length * m + k;
    const sorted = probes.subarray(0, np);
    if (r < np) sorted.sort();
    this.fresh();
    touched.length = 0;
    for (let x = 0; x < r; x++) {
      const list = this.vocab[u[sorted[x]! % m]!]!;
      for (let y = 0; y < list.length; y++) {
        const e = list[y]!;
        if (len[e]! <= m) break; // the rest are no longer
        this.hit(e, 1);
      }
    }
    for (const e of touched) {
      const claim = this.claimOf[e]!;
      if (this.hits[e]! >= req && !out.has(claim) && this.sharesAtLeast(e, need) && this.lcs(this.v[e]!, u, m) >= need) out.add(claim);
    }
  }

  /** True when some window of `u[0 … m)` of at most `spanMax` words holds `spanNeed` of the entry's words (as a multiset). */
  private spanReaches(u: Int32Array, m: number, entry: number): boolean {
    const L = Math.min(m, this.spanMax[entry]!);
    const need = this.spanNeed[entry]!;
    const ds = this.distinct[entry]!;
    const cs = this.counts[entry]!;
    const claim = this.claimCount;
    const win = this.windowCount;
    for (let i = 0; i < ds.length; i++) claim[ds[i]!] = cs[i]!;
    let inter = 0;
    let reached = false;
    for (let k = 0; k < m; k++) {
      const w = u[k]!;
      // Words in no claim (-1) are never shared.
      if (w >= 0) {
        const have = win[w]!;
        if (have < claim[w]!) inter++;
        win[w] = have + 1;
      }
      if (k >= L) {
        const old = u[k - L]!;
        if (old >= 0) {
          const left = win[old]! - 1;
          win[old] = left;
          if (left < claim[old]!) inter--;
        }
      }
      if (inter >= need) {
        reached = true;
        break;
      }
    }
    for (let k = 0; k < m; k++) if (u[k]! >= 0) win[u[k]!] = 0;
    for (let i = 0; i < ds.length; i++) claim[ds[i]!] = 0;
    return reached;
  }
}
