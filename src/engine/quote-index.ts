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
 *    four quoted words anywhere that open the claim (a `Map` of the claims' openings); around
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
import { readQuoteIndex, WORD_BRACKETED, WORD_ELLIPSIS } from '../extract/quotes.js';
import { MIN_PARTIAL_WORDS, MIN_SIMILARITY } from '../kinds/quote/match.js';
import { post, type CandidateSet } from './candidates.js';

/** A quote claim, as the index needs it. */
export interface QuoteEntry {
  readonly claim: number;
  readonly value: string;
}

/**
 * A quote claim inside the index. Words are numbered (every word of some claim has a
 * number; an article word that is in no claim cannot be shared with one, and is -1).
 */
interface Claim {
  readonly claim: number;
  /** Its words (numbers), read as an article's are (`readQuoteIndex`). */
  readonly v: Int32Array;
  /** Words that must occur for an exact match (the unbracketed ones, or all when none is). */
  readonly required: readonly number[];
  /** Word → occurrences in the claim. */
  readonly counts: ReadonlyMap<number, number>;
  /** Span mode: shared words needed, and the longest span that can reach them. */
  readonly spanNeed: number;
  readonly spanMax: number;
  /** Span mode: of the claim's prefix positions, how many at least are shared. */
  readonly prefixNeed: number;
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

/** A key for a run of word numbers. */
const gram = (ids: ArrayLike<number>, from: number, to: number): string => {
  let key = '';
  for (let k = from; k < to; k++) key += `${ids[k]},`;
  return key;
};

export class QuoteIndex {
  /** Entries (by entry number; entries hold the run's claim number). */
  private readonly claims: Claim[] = [];
  /** Word → number. */
  private readonly ids = new Map<string, number>();
  /** Word number → entries holding the word. */
  private readonly vocab: number[][] = [];
  /** 1. Rarest required word → entries. */
  private readonly exact = new Map<number, number[]>();
  /** 2. Four-word sequences of the claims → entries. */
  private readonly grams = new Map<string, number[]>();
  /** 2. The claims' first four words → entries. */
  private readonly openings = new Map<string, number[]>();
  /** 2. First word → entries (whole claims across an ellipsis). */
  private readonly first = new Map<number, number[]>();
  /** 3. Word number → entries whose prefix holds it, each followed by how many prefix positions do (span mode). */
  private readonly prefix: number[][] = [];
  /** Hits per entry in the current unit (valid where `tried` carries the current stamp). */
  private hits = new Int32Array(0);
  /** Distinct words of the current unit: stamp per word number. */
  private inUnit = new Uint32Array(0);
  /** Entries touched in the current unit: stamp per entry. */
  private tried: Uint32Array;
  private stamp = 0;
  /** Words present in the current article: stamp per word number. */
  private seen = new Uint32Array(0);
  private article = 0;

  constructor(entries: readonly QuoteEntry[]) {
    const read = entries.map((e) => {
      const q = readQuoteIndex(e.value);
      return { e, words: q.words.map((w) => w.norm), flags: q.flags ?? new Uint8Array(q.words.length) };
    });
    const df = new Map<string, number>();
    for (const { words } of read) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
    const rarer = (a: string, b: string): number =>
      Number(COMMON.has(a)) - Number(COMMON.has(b)) || df.get(a)! - df.get(b)! || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
    const idOf = (w: string): number => {
      let id = this.ids.get(w);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(w, id);
        this.vocab.push([]);
      }
      return id;
    };
    for (const { e, words, flags } of read) {
      const n = words.length;
      if (n === 0) continue; // the matcher reads nothing for it
      const entry = this.claims.length;
      const v = Int32Array.from(words, idOf);
      const unbracketed = words.filter((_, q) => (flags[q]! & WORD_BRACKETED) === 0);
      const required = [...new Set(unbracketed.length ? unbracketed : words)];
      const counts = new Map<number, number>();
      for (const id of v) counts.set(id, (counts.get(id) ?? 0) + 1);
      const spanNeed = wordsNeeded(n);
      // The claim's P rarest positions: at most n − need of them go unshared, so at least
      // P − (n − need) are shared. One more position than the bare pigeonhole asks for means
      // two shared prefix words are needed: far fewer claims to check.
      const P = Math.min(n, n - spanNeed + 2);
      const prefixNeed = P - (n - spanNeed);
      this.claims.push({ claim: e.claim, v, required: required.map(idOf), counts, spanNeed, spanMax: Math.floor(n / (MIN_SIMILARITY - 1e-9) + 1e-9), prefixNeed });
      post(this.exact, idOf([...required].sort(rarer)[0]!), entry);
      for (let k = 0; k + MIN_PARTIAL_WORDS <= n; k++) post(this.grams, gram(v, k, k + MIN_PARTIAL_WORDS), entry);
      if (n >= MIN_PARTIAL_WORDS) post(this.openings, gram(v, 0, MIN_PARTIAL_WORDS), entry);
      post(this.first, v[0]!, entry);
      for (const id of counts.keys()) this.vocab[id]!.push(entry);
      const positions = words.map((w, q) => ({ w, q })).sort((a, b) => rarer(a.w, b.w) || a.q - b.q);
      const mult = new Map<number, number>();
      for (const p of positions.slice(0, P)) mult.set(idOf(p.w), (mult.get(idOf(p.w)) ?? 0) + 1);
      for (const [id, k] of mult) (this.prefix[id] ??= []).push(entry, k);
    }
    this.tried = new Uint32Array(this.claims.length);
    this.hits = new Int32Array(this.claims.length);
    this.inUnit = new Uint32Array(this.ids.size);
    this.seen = new Uint32Array(this.ids.size);
    // Longest claims first in the word lists, shortest first in the prefix lists: a unit of m
    // words looks only at claims longer than m in the first, no longer than m in the second.
    const len = (e: number): number => this.claims[e]!.v.length;
    for (const list of this.vocab) list.sort((a, b) => len(b) - len(a) || a - b);
    this.prefix.forEach((list, id) => {
      const pairs: Array<[number, number]> = [];
      for (let k = 0; k < list.length; k += 2) pairs.push([list[k]!, list[k + 1]!]);
      pairs.sort((a, b) => len(a[0]) - len(b[0]) || a[0] - b[0]);
      this.prefix[id] = pairs.flat();
    });
  }

  get empty(): boolean {
    return this.claims.length === 0;
  }

  private fresh(): void {
    if (++this.stamp === 0xffffffff) {
      this.tried.fill(0);
      this.stamp = 1;
    }
  }

  /** True the first time an entry is tried since `fresh()`. */
  private firstTry(entry: number): boolean {
    if (this.tried[entry] === this.stamp) return false;
    this.tried[entry] = this.stamp;
    return true;
  }

  private row = new Int32Array(64);

  /**
   * Length of the longest common subsequence of `v` and `u`: the matcher's word diff shares
   * no more words than that, in the unit or in any span of it.
   */
  private lcs(v: Int32Array, u: readonly number[]): number {
    const m = u.length;
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

  /** Adds the claims that may be quoted (or misquoted) in `doc` to `out`. */
  collect(doc: AnalyzedSource, out: CandidateSet): void {
    if (this.empty) return;
    const qi = doc.quoteIndex;
    const { words, passages } = qi;
    if (words.length === 0) return;
    const flags = qi.flags ?? new Uint8Array(words.length);
    const ids = new Int32Array(words.length);
    if (++this.article === 0xffffffff) {
      this.seen.fill(0);
      this.article = 1;
    }
    const seen = this.seen;
    const stamp = this.article;
    const present: number[] = [];
    for (let w = 0; w < words.length; w++) {
      const id = this.ids.get(words[w]!.norm) ?? -1;
      ids[w] = id;
      if (id >= 0 && seen[id] !== stamp) {
        seen[id] = stamp;
        present.push(id);
      }
    }
    // 1. Exact.
    for (const id of present) {
      const list = this.exact.get(id);
      if (!list) continue;
      for (const e of list) {
        const c = this.claims[e]!;
        if (out.has(c.claim)) continue;
        let all = true;
        for (const r of c.required) if (seen[r] !== stamp) all = false;
        if (all) out.add(c.claim);
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

  private collectChain(passages: AnalyzedSource['quoteIndex']['passages'], flags: Uint8Array, ids: Int32Array, cs: number, ce: number, out: CandidateSet): void {
    // 2. Partial: the chain's unbracketed words, whether an ellipsis or bracket stands
    // before each, and where its passages start and end.
    const norms: number[] = [];
    const gapBefore: boolean[] = [];
    const firstOf: number[] = [];
    const lastOf: number[] = [];
    let pending = false;
    for (let p = cs; p < ce; p++) {
      firstOf.push(norms.length);
      const { wordFrom, wordTo } = passages[p]!;
      for (let w = wordFrom; w < wordTo; w++) {
        const f = flags[w]!;
        if ((f & WORD_BRACKETED) !== 0) pending = true;
        else {
          gapBefore.push(norms.length > 0 && pending);
          norms.push(ids[w]!);
          pending = false;
        }
        if ((f & WORD_ELLIPSIS) !== 0) pending = true;
      }
      lastOf.push(norms.length - 1);
    }
    const k4 = MIN_PARTIAL_WORDS;
    const gapped = gapBefore.some(Boolean);
    const gappedAt = (k: number): boolean => {
      if (!gapped) return false;
      for (let i = k + 1; i < k + k4; i++) if (gapBefore[i]) return true;
      return false;
    };
    const known = (k: number): boolean => {
      for (let i = k; i < k + k4; i++) if (norms[i]! < 0) return false;
      return true;
    };
    const holds = (c: Claim, k: number): boolean => {
      for (let i = k; i < k + k4; i++) if (!c.counts.has(norms[i]!)) return false;
      return true;
    };
    const ends = new Set(lastOf);
    // The matcher's stretch runs from the first word of a unit (a passage's first word) or
    // from the claim's first word, to the end of the unit or of the claim. Where the passage
    // has no ellipsis or bracket it is checked as the matcher walks it, word for word.
    const walks = (v: Int32Array, k: number, c: number): boolean => {
      for (let j = 0; ; j++) {
        const kk = k + j;
        const cc = c + j;
        if (cc === v.length - 1) return j + 1 >= k4 || c === 0; // the claim ends: long enough, or all of it
        if (ends.has(kk) && j + 1 >= k4) return true; // a passage ends (a unit may also go on)
        if (kk + 1 >= norms.length) return false;
        if (gapBefore[kk + 1]) return true; // the claim may skip words here: not followed
        if (norms[kk + 1] !== v[cc + 1]) return false;
      }
    };
    // (i) From a passage's first word (any claim position).
    for (const s0 of firstOf) {
      if (s0 + k4 > norms.length || !known(s0)) continue;
      if (gappedAt(s0)) {
        // Around an ellipsis or bracket the claim may skip words: its four words need not be in a row.
        let rarest = norms[s0]!;
        for (let i = s0 + 1; i < s0 + k4; i++) if (this.vocab[norms[i]!]!.length < this.vocab[rarest]!.length) rarest = norms[i]!;
        for (const e of this.vocab[rarest]!) {
          const c = this.claims[e]!;
          if (!out.has(c.claim) && holds(c, s0)) out.add(c.claim);
        }
        continue;
      }
      for (const e of this.grams.get(gram(norms, s0, s0 + k4)) ?? []) {
        const c = this.claims[e]!;
        if (out.has(c.claim)) continue;
        for (let q = 0; q + k4 <= c.v.length; q++) {
          if (c.v[q] === norms[s0] && walks(c.v, s0, q)) {
            out.add(c.claim);
            break;
          }
        }
      }
    }
    // (ii) From the claim's first word (anywhere in the chain).
    for (let k = 0; k + k4 <= norms.length; k++) {
      if (norms[k]! < 0) continue;
      if (gappedAt(k)) {
        if (!known(k)) continue;
        for (const e of this.first.get(norms[k]!) ?? []) {
          const c = this.claims[e]!;
          if (!out.has(c.claim) && holds(c, k)) out.add(c.claim);
        }
        continue;
      }
      if (!known(k)) continue;
      for (const e of this.openings.get(gram(norms, k, k + k4)) ?? []) {
        const c = this.claims[e]!;
        if (!out.has(c.claim) && walks(c.v, k, 0)) out.add(c.claim);
      }
    }
    // A whole claim across an ellipsis or bracket: its first and last words in the chain.
    if (gapped) {
      const inChain = new Set(norms);
      for (const id of inChain) {
        if (id < 0) continue;
        for (const e of this.first.get(id) ?? []) {
          const c = this.claims[e]!;
          if (!out.has(c.claim) && inChain.has(c.v[c.v.length - 1]!)) out.add(c.claim);
        }
      }
    }

    // 3. Similar: each passage alone, and up to five passages of a split quotation around it.
    const units = new Set<number>(); // i * (ce + 1) + j for passages [i, j)
    for (let p = cs; p < ce; p++) {
      units.add(p * (ce + 1) + p + 1);
      if (ce - cs > 1) units.add(Math.max(cs, p - 2) * (ce + 1) + Math.min(ce, p + 3));
    }
    for (const key of units) {
      const i = Math.floor(key / (ce + 1));
      const j = key % (ce + 1);
      const u: number[] = [];
      let plain = 0;
      for (let p = i; p < j; p++) {
        for (let w = passages[p]!.wordFrom; w < passages[p]!.wordTo; w++) {
          u.push(ids[w]!);
          if ((flags[w]! & WORD_BRACKETED) === 0) plain++;
        }
      }
      this.collectUnit(u, plain, out);
    }
  }

  /** Claims that may be misquoted by the quoted unit `u` (its word numbers, bracketed words included). */
  private collectUnit(u: readonly number[], plain: number, out: CandidateSet): void {
    const m = u.length;
    if (m === 0) return;
    let inUnit: Map<number, number> | undefined;
    const counts = (): Map<number, number> => {
      if (!inUnit) {
        inUnit = new Map();
        for (const id of u) if (id >= 0) inUnit.set(id, (inUnit.get(id) ?? 0) + 1);
      }
      return inUnit;
    };
    const hits = this.hits;
    const touched: number[] = [];
    const hit = (e: number, k: number): void => {
      if (this.firstTry(e)) {
        hits[e] = k;
        touched.push(e);
      } else hits[e]! += k;
    };
    // Claims no longer than the unit: through their prefixes (each distinct unit word once);
    // then the words they share with the whole unit (a multiset), with its best window of
    // at most n / 0.6 words, and in order.
    this.fresh();
    const stamp = this.stamp;
    for (const id of u) {
      if (id < 0 || this.inUnit[id] === stamp) continue;
      this.inUnit[id] = stamp;
      const list = this.prefix[id];
      if (!list) continue;
      for (let k = 0; k < list.length; k += 2) {
        const e = list[k]!;
        if (this.claims[e]!.v.length > m) break; // the rest are longer still
        hit(e, list[k + 1]!);
      }
    }
    for (const e of touched) {
      const c = this.claims[e]!;
      if (hits[e]! < c.prefixNeed || out.has(c.claim) || sharedWith(counts(), c.counts) < c.spanNeed) continue;
      if ((m <= c.spanMax || spanReaches(u, c)) && this.lcs(c.v, u) >= c.spanNeed) out.add(c.claim);
    }
    // Claims longer than the unit, which is then compared whole: through the unit's rarest words.
    if (plain < MIN_PARTIAL_WORDS) return;
    const need = wordsNeeded(m);
    // Words in no claim are the rarest of all, and never shared.
    const probes: number[] = [];
    for (const id of u) if (id >= 0) probes.push(id);
    const unknown = m - probes.length;
    if (unknown > m - need) return; // too few claim words to share enough
    // Of the unknown words and the r rarest known ones, at most m − need go unshared: at
    // least `req` of the r are shared (two, with one position more than the bare pigeonhole).
    const r = Math.min(m - need + 2 - unknown, probes.length);
    const req = unknown + r - (m - need);
    probes.sort((a, b) => this.vocab[a]!.length - this.vocab[b]!.length);
    this.fresh();
    touched.length = 0;
    for (let k = 0; k < r; k++) {
      for (const e of this.vocab[probes[k]!]!) {
        if (this.claims[e]!.v.length <= m) break; // the rest are no longer
        hit(e, 1);
      }
    }
    for (const e of touched) {
      const c = this.claims[e]!;
      if (hits[e]! >= req && !out.has(c.claim) && sharedWith(counts(), c.counts) >= need && this.lcs(c.v, u) >= need) out.add(c.claim);
    }
  }
}

/** True when some window of `u` of at most `spanMax` words holds `spanNeed` of the claim's words (as a multiset). */
function spanReaches(u: readonly number[], claim: Claim): boolean {
  const L = Math.min(u.length, claim.spanMax);
  const win = new Map<number, number>();
  let inter = 0;
  for (let k = 0; k < u.length; k++) {
    const w = u[k]!;
    const have = win.get(w) ?? 0;
    if (have < (claim.counts.get(w) ?? 0)) inter++;
    win.set(w, have + 1);
    if (k >= L) {
      const old = u[k - L]!;
      const left = win.get(old)! - 1;
      win.set(old, left);
      if (left < (claim.counts.get(old) ?? 0)) inter--;
    }
    if (inter >= claim.spanNeed) return true;
  }
  return false;
}

/** Size of the multiset intersection of a unit's word counts and a claim's. */
function sharedWith(unit: ReadonlyMap<number, number>, claim: ReadonlyMap<number, number>): number {
  let n = 0;
  for (const [w, k] of claim) {
    const u = unit.get(w);
    if (u !== undefined) n += u < k ? u : k;
  }
  return n;
}
