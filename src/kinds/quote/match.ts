/**
 * Matches one quote claim against an article's {@link QuoteIndex} (SPEC §2 "kind: quote").
 *
 * Both sides are compared as word sequences normalised by `extract/quotes.ts` (quotation
 * marks, apostrophes, dashes, white space, letter case and diacritics folded; punctuation
 * at word edges ignored), so line breaks, curly or straight marks and `—` vs `-` never
 * matter. In order:
 *
 * 1. **Exact** (agreement): the claim's words occur consecutively anywhere in the article,
 *    in or out of quotation marks. Every occurrence is a mention (a quote can be repeated).
 *    A claim that elides words itself (`The relationship ... is at such a historic low`)
 *    matches its pieces in order with at most {@link MAX_ELISION_WORDS} article words at
 *    each ellipsis; a bracketed insertion in the claim (`[He] has directed`) stands for
 *    up to its length + 2 article words. Both still count as exact.
 * 2. **Partial** (agreement): a passage the article puts in quotation marks, at least
 *    {@link MIN_PARTIAL_WORDS} words long, occurs word for word inside the claim. Within
 *    the passage an ellipsis (`The relationship ... is at such a historic low`) may skip
 *    any number of the claim's words (the article elided them), and a bracketed insertion
 *    (`[the president]`, `It [the wall]`, `[sic]`) may stand for 0 … its length + 2 of the
 *    claim's words; bracketed words do not count towards the four. A quotation split by an
 *    attribution (`“We told them,” he said, “it is impossible.”`) is read as one passage,
 *    its pieces back to back in the claim; each piece is also a candidate on its own, and
 *    a split quotation that is the whole claim agrees even under four words.
 *    Beyond SPEC's letter (which covers "the claim inside the article" and "the passage
 *    inside the claim"), the two may also overlap at their ends: the article's quotation
 *    goes on where the claim stops, or stops where the claim goes on (`“… we have no
 *    problem if they withdraw it,”` for "if they withdraw it we will survive"), with at
 *    least four words in common. Nothing contradicts there, so it is an agreement, not a
 *    conflict. A stretch shared only in the middle (different words on both sides) is not.
 *    The span is the passage's words that matched (the whole passage, marks excluded, when
 *    all of it did; for a split quotation it covers the attribution).
 * 3. **Similar** (conflict): otherwise, the closest span with a word similarity of at least
 *    {@link MIN_SIMILARITY} — shared words ÷ words in the longer of the two, where for a
 *    quoted passage shorter than the claim the claim side is its best-aligned part (and
 *    the passage must have at least four words). Words are aligned by fast-diff over one
 *    code point per distinct word (the line-mode trick). When the claim's first or last
 *    words are not in the article, the span takes in the article's words that stand in their
 *    place, up to the end of the clause (`[-impossible-] [+not possible+]`), so the diff shows
 *    the replacement. Only passages the article quotes can conflict (see
 *    {@link MatchQuoteOptions.scope}): reported speech without quotation marks ("he said they
 *    had told them it was impossible") is a paraphrase, not a misquotation. At most one
 *    conflict per region (a quoted passage or split quotation): the best; none overlapping
 *    an agreement. An agreement elsewhere does not hide a misquotation in another passage.
 *
 * Work is bounded for long articles: exact and partial candidates are found through the
 * claim's rarest word (a posting list built once per index and cached), conflict candidates
 * are the passages and windows richest in the claim's rare words ({@link MAX_CANDIDATES} of
 * them), diffs run on windows of about the claim's length, never on the whole article, and
 * a pattern search has a step budget. Limits that follow: at most 1000 agreements per claim
 * and article; a claim made only of very common words may miss a conflict in a very long
 * article; a quoted passage over {@link MAX_UNIT_WORDS} words (an unpaired mark) is not read
 * for partial quotations.
 */
import fastDiff from 'fast-diff';
import {
  hashWord,
  readQuoteIndex,
  wordArrays,
  WORD_BOUNDARY,
  WORD_BRACKETED,
  WORD_ELLIPSIS,
  type QuoteIndex,
  type QuotedPassage,
} from '../../extract/quotes.js';

/** One place where the article quotes (or misquotes) the claim. */
export interface QuoteMatch {
  /** Span in the article: original offsets, UTF-16 code units, half-open. */
  start: number;
  end: number;
  verdict: 'agreement' | 'conflict';
  /** `exact`: the claim's words in a row; `partial`: a quoted passage found inside the claim; `similar`: a conflict. */
  how: 'exact' | 'partial' | 'similar';
  /** Shared words ÷ words in the longer side, 0..1; 1 for exact and partial. */
  similarity: number;
  /**
   * Conflicts only: the word diff, claim → article. `-1`: the claim's words missing from
   * the article; `1`: the article's words not in the claim; `0`: shared. Each string is
   * normalised words joined with single spaces.
   */
  diff?: Array<[-1 | 0 | 1, string]>;
}

/** Options of {@link matchQuote}. */
export interface MatchQuoteOptions {
  /**
   * Where a conflict may be found. `quoted` (default): only inside passages the article puts
   * in quotation marks. `anywhere`: any span of the article, SPEC §2 read literally — it
   * also flags close paraphrases in reported speech. Agreements are found anywhere in both.
   */
  scope?: 'quoted' | 'anywhere';
}

/** SPEC §2: the least similarity of a conflict. */
export const MIN_SIMILARITY = 0.6;
/** SPEC §2: the least length of a partial quotation, in words (bracketed words excluded). */
export const MIN_PARTIAL_WORDS = 4;
/** Most article words one ellipsis in the claim may stand for. */
export const MAX_ELISION_WORDS = 40;
/** Most quoted passages or article windows diffed for one claim. */
export const MAX_CANDIDATES = 32;
/** Most agreements reported for one claim in one article. */
const MAX_AGREEMENTS = 1000;
/** Posting-list entries read to find conflict candidates, unless rarer words do not suffice. */
const HIT_BUDGET = 50_000;
/** Steps of the elision/bracket pattern search, per claim. */
const STEP_BUDGET = 500_000;
/** Quoted passages longer than this (+ 4 × the claim's words) are not read for partial quotations. */
export const MAX_UNIT_WORDS = 2000;
/** Most passages read together as one split quotation. */
const MAX_CHAIN = 6;

type Op = -1 | 0 | 1;

/** Renders a word diff: `we told them it is [-impossible-] [+not possible+]`. */
export function renderWordDiff(diff: Array<[-1 | 0 | 1, string]>): string {
  const parts: string[] = [];
  for (const [op, text] of diff) {
    if (text === '') continue;
    parts.push(op === 0 ? text : op === -1 ? `[-${text}-]` : `[+${text}+]`);
  }
  return parts.join(' ');
}

// ---------------------------------------------------------------------------------------
// Per-index cache: built once per article, on first use, shared by every claim.

interface Cache {
  /** The article's words: `norm`, `start` and `end` of each (`wordArrays`). */
  norms: readonly string[];
  starts: readonly number[];
  ends: readonly number[];
  /**
   * Words numbered in order of first occurrence: `wordId[i]` is the number of `words[i]`,
   * `names[id]` the word. A word is found by `hashWord` in an open-addressing table.
   */
  wordId: Int32Array;
  names: string[];
  /** The table: per slot, number + 1 (0: free) and the word's hash. */
  slot: Int32Array;
  /** Postings: the indexes in `words` of word `id`, ascending, are `at[start[id]]` … `at[start[id + 1] - 1]`. */
  start: Int32Array;
  at: Int32Array;
  /** Word number → passages whose rarest (non-bracketed) word it is. */
  passagesByKey: Map<number, number[]>;
  /** Index in `words` → the passage holding the word, or -1. */
  passageOf: Int32Array;
  /** For each passage, the index of the first passage of its split quotation. */
  chainStart: Int32Array;
  /** For each passage, one past the last passage of its split quotation. */
  chainEnd: Int32Array;
  flags: Uint8Array;
}

/**
 * `findConflicts` scratch per word number of the article, grown as needed: the claim's
 * occurrences (all 0 between calls), and a unit's, valid where `inUnit` holds `unit`.
 */
let claimCount = new Int32Array(256);
let unitCount = new Int32Array(256);
let inUnit = new Uint32Array(256);
let unit = 0;

const caches = new WeakMap<QuoteIndex, Cache>();

/** The number of word `w` in the article, or -1 when the article does not have it. */
function idOf(cache: Cache, w: string): number {
  const h = hashWord(w);
  const { slot } = cache;
  const mask = (slot.length >> 1) - 1;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const id = slot[2 * i]! - 1;
    if (id < 0) return -1;
    if (slot[2 * i + 1] === h && cache.names[id] === w) return id;
  }
}

/** How many times word number `id` (-1: none) occurs in the article. */
function countOf(cache: Cache, id: number): number {
  return id < 0 ? 0 : cache.start[id + 1]! - cache.start[id]!;
}

function cacheOf(index: QuoteIndex): Cache {
  let c = caches.get(index);
  if (c) return c;
  const { passages } = index;
  const { norms, starts, ends, hashes } = wordArrays(index);
  const nw = norms.length;
  const flags = index.flags ?? new Uint8Array(nw);
  let slots = 16;
  while (slots < 2 * nw) slots *= 2;
  const mask = slots - 1;
  // One allocation for the tables (typed arrays cost more to make than to fill).
  const mem = new Int32Array(2 * slots + 5 * nw + 1);
  const slot = mem.subarray(0, 2 * slots);
  const wordId = mem.subarray(2 * slots, 2 * slots + nw);
  const at = mem.subarray(2 * slots + nw, 2 * slots + 2 * nw);
  const passageOf = mem.subarray(2 * slots + 2 * nw, 2 * slots + 3 * nw);
  const counts = mem.subarray(2 * slots + 3 * nw, 2 * slots + 4 * nw);
  const names: string[] = [];
  for (let w = 0; w < nw; w++) {
    const norm = norms[w]!;
    const h = hashes[w]!;
    let i = h & mask;
    let id: number;
    for (;;) {
      id = slot[2 * i]! - 1;
      if (id < 0) {
        id = names.length;
        names.push(norm);
        slot[2 * i] = id + 1;
        slot[2 * i + 1] = h;
        break;
      }
      if (slot[2 * i + 1] === h && names[id] === norm) break;
      i = (i + 1) & mask;
    }
    wordId[w] = id;
    counts[id]!++;
  }
  const distinct = names.length;
  const start = mem.subarray(2 * slots + 4 * nw, 2 * slots + 4 * nw + distinct + 1);
  for (let id = 0; id < distinct; id++) start[id + 1] = start[id]! + counts[id]!;
  const fill = counts; // reused as a cursor per word number
  for (let id = 0; id < distinct; id++) fill[id] = start[id]!;
  for (let w = 0; w < nw; w++) at[fill[wordId[w]!]!++] = w;
  const passagesByKey = new Map<number, number[]>();
  passageOf.fill(-1);
  for (let p = 0; p < passages.length; p++) {
    const { wordFrom, wordTo } = passages[p]!;
    passageOf.fill(p, wordFrom, wordTo);
    let key = -1;
    let best = Infinity;
    for (let w = wordFrom; w < wordTo; w++) {
      if ((flags[w]! & WORD_BRACKETED) !== 0) continue;
      const id = wordId[w]!;
      const count = start[id + 1]! - start[id]!;
      if (count < best) {
        best = count;
        key = id;
      }
    }
    if (key < 0) continue;
    const list = passagesByKey.get(key);
    if (list) list.push(p);
    else passagesByKey.set(key, [p]);
  }
  const chainStart = new Int32Array(passages.length);
  const chainEnd = new Int32Array(passages.length);
  for (let p = 0; p < passages.length; ) {
    let q = p + 1;
    while (q < passages.length && passages[q]!.continues === true) q++;
    for (let k = p; k < q; k++) {
      chainStart[k] = p;
      chainEnd[k] = q;
    }
    p = q;
  }
  c = { norms, starts, ends, wordId, names, slot, start, at, passagesByKey, passageOf, chainStart, chainEnd, flags };
  caches.set(index, c);
  return c;
}

// ---------------------------------------------------------------------------------------
// Patterns: word segments with bounded gaps (ellipses, bracketed insertions).

interface Pattern {
  /** Segments of words that must occur in a row. */
  segs: string[][];
  /** `gaps[k]`: most words skipped before `segs[k]` (`gaps[0]` unused). */
  gaps: number[];
  /** Words in the segments. */
  words: number;
}

/**
 * Builds a pattern from the claim's words: bracketed words are dropped and leave a gap of
 * up to their count + 2; an ellipsis after a word leaves a gap of up to `elision`. Gaps at
 * the edges are dropped.
 */
function buildPattern(norms: readonly string[], flagsOf: (k: number) => number, elision: number): Pattern {
  const segs: string[][] = [];
  const gaps: number[] = [];
  let cur: string[] = [];
  let gap = 0;
  let words = 0;
  let bracketRun = 0;
  for (let k = 0; k < norms.length; k++) {
    const f = flagsOf(k);
    if ((f & WORD_BRACKETED) !== 0) {
      bracketRun++;
    } else {
      if (bracketRun > 0) {
        if (cur.length > 0) {
          segs.push(cur);
          gaps.push(gap);
          cur = [];
          gap = 0;
        }
        gap += bracketRun + 2;
        bracketRun = 0;
      }
      cur.push(norms[k]!);
      words++;
    }
    if ((f & WORD_ELLIPSIS) !== 0 && k < norms.length - 1) {
      if (cur.length > 0) {
        segs.push(cur);
        gaps.push(gap);
        cur = [];
        gap = 0;
      }
      gap = Math.max(gap, 0) + elision;
    }
  }
  if (cur.length > 0) {
    segs.push(cur);
    gaps.push(gap);
  }
  if (gaps.length > 0) gaps[0] = 0;
  return { segs, gaps, words };
}

interface Budget {
  steps: number;
}

/**
 * Matches `pat` in `text` with its first segment at `s`; returns the end (exclusive) of the
 * leftmost match, or -1. Depth-first over the gap choices, within `budget`.
 */
function matchPatternAt(pat: Pattern, text: (i: number) => string, len: number, s: number, budget: Budget): number {
  const eqAt = (seg: string[], at: number): boolean => {
    if (at < 0 || at + seg.length > len) return false;
    for (let k = 0; k < seg.length; k++) if (text(at + k) !== seg[k]) return false;
    return true;
  };
  const go = (k: number, pos: number): number => {
    if (k === pat.segs.length) return pos;
    const seg = pat.segs[k]!;
    const last = Math.min(pos + pat.gaps[k]!, len - seg.length);
    for (let p = pos; p <= last; p++) {
      if (--budget.steps < 0) return -1;
      if (eqAt(seg, p)) {
        const r = go(k + 1, p + seg.length);
        if (r >= 0) return r;
      }
    }
    return -1;
  };
  if (pat.segs.length === 0 || !eqAt(pat.segs[0]!, s)) return -1;
  return go(1, s + pat.segs[0]!.length);
}

// ---------------------------------------------------------------------------------------
// Word alignment with fast-diff.

interface Alignment {
  /** Claim words aligned: `[vFrom, vTo)`. */
  vFrom: number;
  vTo: number;
  /** Unit words aligned: `[uFrom, uTo)` (positions in the unit). */
  uFrom: number;
  uTo: number;
  similarity: number;
  diff: Array<[Op, string]>;
}

/**
 * Words as one BMP code point each (fast-diff's "line mode" trick): word `k` of a numbering
 * is the code point 0x100 + k, surrogates skipped. fast-diff only ever compares code
 * points for equality, so any numbering that gives equal words equal numbers gives the
 * same diff.
 */
function codeOf(k: number): number {
  const code = 0x100 + k;
  return code >= 0xd800 ? code + 0x800 : code; // skip surrogates
}

/** Words a numbering may hold and still encode (the BMP above 0x100, surrogates left out). */
const MAX_CODES = 0x10000 - 0x100 - 0x800;

/** The string of these UTF-16 code units. */
function stringOf(codes: number[]): string {
  if (codes.length <= 4096) return String.fromCharCode.apply(null, codes);
  let s = '';
  for (let k = 0; k < codes.length; k += 4096) s += String.fromCharCode.apply(null, codes.slice(k, k + 4096));
  return s;
}

/** Encodes words, numbering them in `dict` as first seen (`back`: number → word). */
function encode(tokens: readonly string[], dict: Map<string, string>, back: string[]): string {
  let s = '';
  for (const t of tokens) {
    let c = dict.get(t);
    if (c === undefined) {
      c = String.fromCharCode(codeOf(back.length));
      dict.set(t, c);
      back.push(t);
    }
    s += c;
  }
  return s;
}

/** Decodes code points into their words, joined with single spaces (`word`: number → word). */
function decodeJoined(s: string, word: (k: number) => string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let code = s.charCodeAt(i) - 0x100;
    if (code >= 0xd800 - 0x100) code -= 0x800;
    out += i === 0 ? word(code) : ` ${word(code)}`;
  }
  return out;
}

/** A word diff of `a` (claim) → `b` (article), both encoded, and how many words they share. */
function wordDiff(a: string, b: string, word: (k: number) => string): { diff: Array<[Op, string]>; shared: number } {
  const ops = fastDiff(a, b) as Array<[Op, string]>;
  let shared = 0;
  const diff: Array<[Op, string]> = [];
  for (const [op, s] of ops) {
    if (op === 0) shared += s.length;
    diff.push([op, decodeJoined(s, word)]);
  }
  return { diff, shared };
}

/** Longest encodable alignment (distinct words must fit the BMP). */
const MAX_ALIGN_WORDS = 20_000;

/**
 * Aligns the claim `v` with a unit of article words `u`, both encoded (`encode`, `codeOf`;
 * `word` decodes, for the diff).
 * - `span` mode (the unit is at least as long as the claim): the best sub-span of `u`;
 *   similarity = shared ÷ max(|v|, |span|).
 * - `passage` mode (a quoted passage shorter than the claim): the whole of `u` against the
 *   best-aligned part of `v`; similarity = shared ÷ max(|u|, |part|).
 * Edge words the claim has and the article replaced are taken into the span (up to the end
 * of the clause), so the diff shows `[-impossible-] [+not possible+]`, not a bare deletion.
 */
function align(
  v: string,
  vFlags: Uint8Array,
  u: string,
  uFlags: (k: number) => number,
  mode: 'span' | 'passage',
  word: (k: number) => string,
): Alignment | null {
  const n = v.length;
  const m = u.length;
  if (n === 0 || m === 0 || n + m > MAX_ALIGN_WORDS) return null;
  const ops = fastDiff(v, u) as Array<[Op, string]>;
  const pv: number[] = [];
  const pu: number[] = [];
  let vi = 0;
  let ui = 0;
  for (const [op, s] of ops) {
    if (op === 0) {
      for (let k = 0; k < s.length; k++) {
        pv.push(vi++);
        pu.push(ui++);
      }
    } else if (op === -1) vi += s.length;
    else ui += s.length;
  }
  const k = pv.length;
  if (k === 0) return null;
  // The pair range [a, b] that scores best; ties keep the longest, then the first.
  let bestA = 0;
  let bestB = k - 1;
  let bestScore = -1;
  if (k <= 600) {
    for (let a = 0; a < k; a++) {
      for (let b = k - 1; b >= a; b--) {
        const shared = b - a + 1;
        const score = mode === 'span' ? shared / Math.max(n, pu[b]! - pu[a]! + 1) : shared / Math.max(m, pv[b]! - pv[a]! + 1);
        if (score > bestScore + 1e-12) {
          bestScore = score;
          bestA = a;
          bestB = b;
        }
      }
    }
  }
  let vFrom: number;
  let vTo: number;
  let uFrom: number;
  let uTo: number;
  if (mode === 'span') {
    vFrom = 0;
    vTo = n;
    uFrom = pu[bestA]!;
    uTo = pu[bestB]! + 1;
    const lead = pv[bestA]!; // claim words before the first shared one
    const trail = n - 1 - pv[bestB]!; // claim words after the last shared one
    // A clause break in the article right after the span stops it (the quotation went on
    // to something else) — unless the claim breaks at the same place.
    const endBlocked = (uFlags(uTo - 1) & WORD_BOUNDARY) !== 0 && (vFlags[pv[bestB]!]! & WORD_BOUNDARY) === 0;
    const startBlocked = uFrom > 0 && (uFlags(uFrom - 1) & WORD_BOUNDARY) !== 0 && (lead === 0 || (vFlags[lead - 1]! & WORD_BOUNDARY) === 0);
    if (trail > 0 && !endBlocked && uTo < m) {
      let e = uTo;
      let found = false;
      for (let taken = 0; taken < trail + 2 && e < m; taken++) {
        e++;
        if ((uFlags(e - 1) & WORD_BOUNDARY) !== 0) {
          found = true;
          break;
        }
      }
      uTo = found ? e : Math.min(uTo + trail, m);
    }
    if (lead > 0 && uFrom > 0 && !startBlocked) {
      let s = uFrom;
      let found = false;
      for (let taken = 0; taken < lead + 2 && s > 0; taken++) {
        s--;
        if (s === 0 || (uFlags(s - 1) & WORD_BOUNDARY) !== 0) {
          found = true;
          break;
        }
      }
      uFrom = found ? s : Math.max(uFrom - lead, 0);
    }
  } else {
    uFrom = 0;
    uTo = m;
    vFrom = pv[bestA]!;
    vTo = pv[bestB]! + 1;
    vFrom -= Math.min(pu[bestA]!, vFrom);
    vTo += Math.min(m - 1 - pu[bestB]!, n - vTo);
  }
  const vPart = v.slice(vFrom, vTo);
  const uPart = u.slice(uFrom, uTo);
  const { diff, shared } = wordDiff(vPart, uPart, word);
  return { vFrom, vTo, uFrom, uTo, similarity: shared / Math.max(vPart.length, uPart.length), diff };
}

// ---------------------------------------------------------------------------------------
// Partial quotations: a quoted passage (or split quotation) overlapping the claim.

/** A run of quoted article words with bracketed words taken out. */
interface Unit {
  /** Article word indexes, in order (bracketed words included). */
  idx: number[];
  /** The words that must match: not bracketed. */
  norms: string[];
  /** `gap[k]`: most claim words that may stand between `norms[k - 1]` and `norms[k]`. */
  gap: number[];
  /** `at[k]`: position of `norms[k]` in `idx`. */
  at: number[];
}

function unitOf(idx: number[], words: readonly string[], flags: Uint8Array, n: number): Unit {
  const norms: string[] = [];
  const gap: number[] = [];
  const at: number[] = [];
  let pending = 0;
  let bracketRun = 0;
  for (let k = 0; k < idx.length; k++) {
    const f = flags[idx[k]!]!;
    if ((f & WORD_BRACKETED) !== 0) bracketRun++;
    else {
      if (bracketRun > 0) pending += bracketRun + 2;
      bracketRun = 0;
      gap.push(norms.length === 0 ? 0 : Math.min(pending, n));
      norms.push(words[idx[k]!]!);
      at.push(k);
      pending = 0;
    }
    // An ellipsis inside the quotation may stand for any number of the claim's words.
    if ((f & WORD_ELLIPSIS) !== 0 && k < idx.length - 1) pending += n;
  }
  return { idx, norms, gap, at };
}

interface Overlap {
  /** Unit words matched: `norms[k0]` … `norms[k1]`. */
  k0: number;
  k1: number;
  /** Claim words covered: `[c, d)`. */
  c: number;
  d: number;
  /** Words matched. */
  count: number;
  /** The stretch is the whole claim, its first and last words matched. */
  whole: boolean;
}

/**
 * Where a quoted unit and the claim say the same words: a stretch of the unit equal, word
 * for word, to a stretch of the claim, the claim's extra words allowed only where the
 * unit has an ellipsis or a bracketed insertion. Each end of the stretch must be an end of
 * the unit or of the claim, so that one contains the other or they overlap at their ends
 * (the article quoting on where the claim stops, or stopping where it goes on); no
 * different words stand next to it on both sides. Returns the longest, or null.
 */
function matchOverlap(u: Unit, v: readonly string[], budget: Budget): Overlap | null {
  const m = u.norms.length;
  const n = v.length;
  let best: Overlap | null = null;
  const walk = (k0: number, c: number, k: number, j: number, count: number): void => {
    // `norms[k]` matched `v[j]`: run on while nothing can be skipped.
    for (;;) {
      if (--budget.steps < 0) return;
      if (k === m - 1 || j === n - 1) break;
      const g = u.gap[k + 1]!;
      if (g > 0) {
        if (n - 1 - j <= g) {
          // The claim's last words fall inside an elision of the article: consistent, but
          // only the words matched so far count.
          record(k0, k, c, n, count, false);
        }
        for (let t = 0; t <= g && j + 1 + t < n; t++) {
          if (v[j + 1 + t] === u.norms[k + 1]) walk(k0, c, k + 1, j + 1 + t, count + 1);
          if (budget.steps < 0) return;
        }
        return;
      }
      if (v[j + 1] !== u.norms[k + 1]) return;
      k++;
      j++;
      count++;
    }
    record(k0, k, c, j + 1, count, c === 0 && j === n - 1);
  };
  const record = (k0: number, k1: number, c: number, d: number, count: number, whole: boolean): void => {
    if (best === null || count > best.count || (count === best.count && whole && !best.whole)) best = { k0, k1, c, d, count, whole };
  };
  if (m === 0) return null;
  for (let c = 0; c < n; c++) if (v[c] === u.norms[0]) walk(0, c, 0, c, 1);
  for (let k0 = 1; k0 < m; k0++) if (u.norms[k0] === v[0]) walk(k0, 0, k0, 0, 1);
  return best;
}

// ---------------------------------------------------------------------------------------

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Word indexes of the passages `[from, to)`, in order. */
function unitWords(passages: readonly QuotedPassage[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let p = from; p < to; p++) {
    const { wordFrom, wordTo } = passages[p]!;
    for (let w = wordFrom; w < wordTo; w++) out.push(w);
  }
  return out;
}

/** The first index in `list[from … to)` (ascending) whose item is at least `x`, or `to`. */
function lowerBound(list: Int32Array, x: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The claim's rare words in the article, and the passages richest in them. */
interface Anchors {
  /** The anchor words (numbers in the article), rarest first. */
  ids: number[];
  /** Rarity weight of each: log(1 + article words ÷ its occurrences). */
  weights: number[];
  /** Claim positions of each. */
  positions: number[][];
  /** Passages holding anchors, best first, at most MAX_CANDIDATES. */
  ranked: number[];
}

/**
 * Anchors: the claim's words from the rarest up, until the words left out could not make up
 * MIN_SIMILARITY of the claim on their own (so every span similar enough holds an anchor),
 * within the hit budget. Passages are ranked by the summed rarity of the claim words they hold.
 */
function anchorsOf(index: QuoteIndex, cache: Cache, v: readonly string[], vid: Int32Array): Anchors {
  const { start, at, passageOf } = cache;
  const n = v.length;
  const positions = new Map<string, number[]>();
  v.forEach((w, q) => {
    const list = positions.get(w);
    if (list) list.push(q);
    else positions.set(w, [q]);
  });
  const distinct = [...positions].map(([w, qs]) => ({ w, qs, id: vid[qs[0]!]!, c: countOf(cache, vid[qs[0]!]!) }));
  distinct.sort((a, b) => a.c - b.c || (a.w < b.w ? -1 : 1));
  const need = Math.ceil(MIN_SIMILARITY * n - 1e-9);
  let left = n;
  let hits = 0;
  const total = cache.norms.length;
  const anchors: Anchors = { ids: [], weights: [], positions: [], ranked: [] };
  for (const { qs, id, c } of distinct) {
    if (hits + c > HIT_BUDGET && (left < need || hits + c > 4 * HIT_BUDGET)) break;
    if (c > 0) {
      anchors.ids.push(id);
      anchors.weights.push(Math.log(1 + total / Math.max(1, c)));
      anchors.positions.push(qs);
    }
    hits += c;
    left -= qs.length;
  }
  const score = new Map<number, number>();
  for (let a = 0; a < anchors.ids.length; a++) {
    const id = anchors.ids[a]!;
    const wt = anchors.weights[a]!;
    let last = -1;
    for (let x = start[id]!; x < start[id + 1]!; x++) {
      const k = passageOf[at[x]!]!;
      if (k < 0 || k === last) continue; // each word counts once per passage
      last = k;
      score.set(k, (score.get(k) ?? 0) + wt);
    }
  }
  anchors.ranked = [...score.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_CANDIDATES)
    .map(([k]) => k);
  return anchors;
}

/** A claim value read into words, as an article is (so both sides normalise alike). */
interface ClaimWords {
  v: readonly string[];
  vFlags: Uint8Array;
}
const claimCache = new Map<string, ClaimWords>();

/** Reads a claim's value; the same claims are matched against every article, so keep a few. */
function readClaim(value: string): ClaimWords {
  let c = claimCache.get(value);
  if (c) return c;
  const read = readQuoteIndex(value);
  const { norms } = wordArrays(read);
  c = { v: norms, vFlags: read.flags ?? new Uint8Array(norms.length) };
  if (claimCache.size >= 4096) claimCache.clear();
  claimCache.set(value, c);
  return c;
}

/**
 * Finds where an article quotes the claim `value` (SPEC §2 "kind: quote"; the rules are in
 * the file comment). Returns the mentions sorted by `start`: every exact or partial
 * agreement, and at most one conflict per region, none overlapping an agreement.
 */
export function matchQuote(index: QuoteIndex, value: string, options: MatchQuoteOptions = {}): QuoteMatch[] {
  const { v, vFlags } = readClaim(value);
  const n = v.length;
  if (n === 0) return [];
  const cache = cacheOf(index);
  const { norms, starts, ends, start: postStart, at, wordId, flags } = cache;
  const nw = norms.length;
  if (nw === 0) return [];
  const { passages } = index;
  // The claim's words by their numbers in the article (-1: not in it).
  const vid = new Int32Array(n);
  for (let q = 0; q < n; q++) vid[q] = idOf(cache, v[q]!);
  const agreements: QuoteMatch[] = [];
  const addAgreement = (m: QuoteMatch): void => {
    if (agreements.length >= MAX_AGREEMENTS) return;
    if (agreements.some((a) => overlaps(a, m))) return;
    agreements.push(m);
  };
  const budget: Budget = { steps: STEP_BUDGET };

  // 1. Exact: the claim's words in a row, found through the claim's rarest word.
  let rarest = 0;
  let rarestCount = Infinity;
  for (let q = 0; q < n; q++) {
    const count = countOf(cache, vid[q]!);
    if (count < rarestCount) {
      rarestCount = count;
      rarest = q;
    }
  }
  // (With a count above 0 for the rarest word, every claim word is in the article.)
  for (let x = rarestCount > 0 ? postStart[vid[rarest]!]! : 0, xe = rarestCount > 0 ? postStart[vid[rarest]! + 1]! : 0; x < xe; x++) {
    const s = at[x]! - rarest;
    if (s < 0 || s + n > nw) continue;
    let ok = true;
    for (let q = 0; q < n && ok; q++) ok = wordId[s + q] === vid[q];
    if (ok) addAgreement({ start: starts[s]!, end: ends[s + n - 1]!, verdict: 'agreement', how: 'exact', similarity: 1 });
    if (agreements.length >= MAX_AGREEMENTS) break;
  }

  // 1b. The claim's own ellipses and bracketed insertions: its pieces in order.
  let marked = false;
  for (let q = 0; q < n; q++) {
    const f = vFlags[q]!;
    if ((f & WORD_BRACKETED) !== 0 || ((f & WORD_ELLIPSIS) !== 0 && q < n - 1)) marked = true;
  }
  if (marked) {
    const pat = buildPattern(v, (k) => vFlags[k]!, MAX_ELISION_WORDS);
    const first = pat.segs[0];
    if (first) {
      let qa = 0;
      let ida = -1;
      let ca = Infinity;
      for (let q = 0; q < first.length; q++) {
        const id = idOf(cache, first[q]!);
        const count = countOf(cache, id);
        if (count < ca) {
          ca = count;
          qa = q;
          ida = id;
        }
      }
      const wordText = (i: number): string => norms[i]!;
      for (let x = ca > 0 ? postStart[ida]! : 0, xe = ca > 0 ? postStart[ida + 1]! : 0; x < xe; x++) {
        if (budget.steps < 0 || agreements.length >= MAX_AGREEMENTS) break;
        const s = at[x]! - qa;
        if (s < 0) continue; // the claim's first words would start before the article
        const e = matchPatternAt(pat, wordText, nw, s, budget);
        if (e > s) addAgreement({ start: starts[s]!, end: ends[e - 1]!, verdict: 'agreement', how: 'exact', similarity: 1 });
      }
    }
  }

  // 2. Partial: quoted passages, alone or as split quotations, that say the claim's words.
  // Candidates: passages made only of claim words (through each passage's rarest word), and
  // the passages richest in the claim's rare words (which overlap it at an end).
  const anchors = anchorsOf(index, cache, v, vid);
  const candidates = new Set<number>(anchors.ranked);
  for (const id of vid) if (id >= 0) for (const p of cache.passagesByKey.get(id) ?? []) candidates.add(p);
  const taken: Array<[number, number]> = [];
  const chainsSeen = new Set<number>();
  for (const p0 of [...candidates].sort((a, b) => a - b)) {
    const cs = cache.chainStart[p0]!;
    if (chainsSeen.has(cs)) continue;
    chainsSeen.add(cs);
    const ce = cache.chainEnd[p0]!;
    // Runs of consecutive candidate passages, longest first.
    const runs: Array<[number, number]> = [];
    for (let i = cs; i < ce; i++) {
      if (!candidates.has(i)) continue;
      for (let j = i + 1; j <= Math.min(ce, i + MAX_CHAIN) && candidates.has(j - 1); j++) runs.push([i, j]);
    }
    runs.sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0]);
    for (const [i, j] of runs) {
      if (budget.steps < 0) break;
      if (taken.some(([a, b]) => a <= i && j <= b)) continue;
      // A quotation this long is a quotation mark left unpaired; exact matches still count.
      if (passages[j - 1]!.wordTo - passages[i]!.wordFrom > MAX_UNIT_WORDS + 4 * n) continue;
      const unit = unitOf(unitWords(passages, i, j), norms, flags, n);
      const o = matchOverlap(unit, v, budget);
      if (!o) continue;
      // SPEC §2: at least four words — unless the stretch is the whole claim.
      if (o.count < MIN_PARTIAL_WORDS && !o.whole) continue;
      const last = unit.norms.length - 1;
      const start = o.k0 === 0 ? passages[i]!.start : starts[unit.idx[unit.at[o.k0]!]!]!;
      const end = o.k1 === last ? passages[j - 1]!.end : ends[unit.idx[unit.at[o.k1]!]!]!;
      taken.push([i, j]);
      addAgreement({ start, end, verdict: 'agreement', how: 'partial', similarity: 1 });
    }
  }

  // 3. Similar: conflicts, in the passages (or windows) richest in the claim's rare words.
  const conflicts = findConflicts(index, cache, v, vid, vFlags, anchors, options.scope ?? 'quoted');
  const kept: QuoteMatch[] = [];
  for (const c of conflicts) {
    if (agreements.some((a) => overlaps(a, c)) || kept.some((k) => overlaps(k, c))) continue;
    kept.push(c);
  }
  return [...agreements, ...kept].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Conflict candidates, best first (similarity, then earlier start). */
function findConflicts(
  index: QuoteIndex,
  cache: Cache,
  v: readonly string[],
  vid: Int32Array,
  vFlags: Uint8Array,
  anchors: Anchors,
  scope: 'quoted' | 'anywhere',
): QuoteMatch[] {
  const { passages } = index;
  const { norms, starts, ends, start, at, wordId, flags } = cache;
  const n = v.length;
  const out: QuoteMatch[] = [];
  // A conflict needs a similarity of MIN_SIMILARITY, and the words a diff shares are at most
  // the words claim and unit share as multisets: a unit that cannot reach the similarity
  // that way is not diffed (the filter at the end would drop what the diff gave).
  if (claimCount.length < cache.names.length) {
    claimCount = new Int32Array(2 * cache.names.length);
    unitCount = new Int32Array(2 * cache.names.length);
    inUnit = new Uint32Array(2 * cache.names.length);
  }
  // (Cleared first too: a judge that threw half-way, reported as an internal problem, must not leave counts behind.)
  claimCount.fill(0, 0, cache.names.length);
  for (let q = 0; q < n; q++) if (vid[q]! >= 0) claimCount[vid[q]!]!++;
  const shares = (idx: readonly number[]): number => {
    if (++unit === 0xffffffff) {
      inUnit.fill(0);
      unit = 1;
    }
    let shared = 0;
    for (const w of idx) {
      const id = wordId[w]!;
      const have = inUnit[id] === unit ? unitCount[id]! : 0;
      if (have < claimCount[id]!) shared++;
      inUnit[id] = unit;
      unitCount[id] = have + 1;
    }
    return shared;
  };
  const flagsAt = (idx: readonly number[]) => (k: number): number => flags[idx[k]!]!;

  // Windows around the diagonals (article position − claim position) with most anchor
  // votes, inside the word range [lo, hi): each about the claim's length plus slack.
  const windowsIn = (lo: number, hi: number, limit: number): Array<[number, number]> => {
    const bucket = Math.max(4, Math.ceil(n / 2));
    const votes = new Map<number, number>();
    for (let a = 0; a < anchors.ids.length; a++) {
      const id = anchors.ids[a]!;
      const wt = anchors.weights[a]!;
      const end = start[id + 1]!;
      for (let i = lowerBound(at, lo, start[id]!, end); i < end && at[i]! < hi; i++) {
        for (const q of anchors.positions[a]!) {
          const b = Math.floor((at[i]! - q) / bucket);
          votes.set(b, (votes.get(b) ?? 0) + wt);
        }
      }
    }
    const scored = [...votes.keys()].map((b) => [b, (votes.get(b) ?? 0) + (votes.get(b + 1) ?? 0)] as [number, number]);
    scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const slack = Math.ceil(n / 2) + 4;
    const found: Array<[number, number]> = [];
    for (const [b] of scored) {
      if (found.length >= limit) break;
      let from = Math.max(lo, b * bucket - slack);
      let to = Math.min(hi, (b + 2) * bucket + n + slack);
      // Never shorter than the claim when the range allows (a window is a span, not a passage).
      if (to - from < n + slack) {
        to = Math.min(hi, from + n + slack);
        from = Math.max(lo, to - n - slack);
      }
      if (found.some(([f, t]) => from >= f && to <= t)) continue;
      found.push([from, to]);
    }
    return found;
  };
  const range = (from: number, to: number): number[] => {
    const idx: number[] = [];
    for (let w = from; w < to; w++) idx.push(w);
    return idx;
  };
  // Encoded words (`align`): the article's by their numbers, then the claim's words the
  // article does not have. Past the BMP (an article of some 60,000 distinct words), each
  // unit and the claim are numbered on their own, as they come.
  const distinct = cache.names.length;
  const others = new Map<string, number>();
  for (let q = 0; q < n; q++) if (vid[q]! < 0 && !others.has(v[q]!)) others.set(v[q]!, distinct + others.size);
  let encoded: (idx: readonly number[]) => { v: string; u: string; word: (k: number) => string };
  if (distinct + others.size <= MAX_CODES) {
    const otherWords = [...others.keys()];
    const word = (k: number): string => (k < distinct ? cache.names[k]! : otherWords[k - distinct]!);
    const codes: number[] = [];
    for (let q = 0; q < n; q++) codes.push(codeOf(vid[q]! >= 0 ? vid[q]! : others.get(v[q]!)!));
    const ev = stringOf(codes);
    encoded = (idx) => {
      codes.length = 0;
      for (const w of idx) codes.push(codeOf(wordId[w]!));
      return { v: ev, u: stringOf(codes), word };
    };
  } else {
    encoded = (idx) => {
      const dict = new Map<string, string>();
      const back: string[] = [];
      const ev = encode(v, dict, back);
      return { v: ev, u: encode(idx.map((w) => norms[w]!), dict, back), word: (k) => back[k]! };
    };
  }
  const trySpan = (idx: number[]): void => {
    if (shares(idx) / n < MIN_SIMILARITY - 1e-9) return;
    const e = encoded(idx);
    const a = align(e.v, vFlags, e.u, flagsAt(idx), 'span', e.word);
    if (a) out.push({ start: starts[idx[a.uFrom]!]!, end: ends[idx[a.uTo - 1]!]!, verdict: 'conflict', how: 'similar', similarity: a.similarity, diff: a.diff });
  };
  const tryUnit = (idx: number[], first: number, last: number): void => {
    if (idx.length >= n) return trySpan(idx);
    // A quoted passage shorter than the claim: against the claim's best-aligned part.
    let plain = 0;
    for (const w of idx) if ((flags[w]! & WORD_BRACKETED) === 0) plain++;
    if (plain < MIN_PARTIAL_WORDS || shares(idx) / idx.length < MIN_SIMILARITY - 1e-9) return;
    const e = encoded(idx);
    const a = align(e.v, vFlags, e.u, flagsAt(idx), 'passage', e.word);
    if (a) out.push({ start: passages[first]!.start, end: passages[last]!.end, verdict: 'conflict', how: 'similar', similarity: a.similarity, diff: a.diff });
  };

  const long = 3 * n + 40;
  const done = new Set<string>();
  for (const k of anchors.ranked) {
    const units: Array<[number, number]> = [[k, k + 1]];
    const cs = cache.chainStart[k]!;
    const ce = cache.chainEnd[k]!;
    if (ce - cs > 1) units.push([Math.max(cs, k - 2), Math.min(ce, k + 3)]);
    for (const [i, j] of units) {
      const key = `${i}:${j}`;
      if (done.has(key)) continue;
      done.add(key);
      if (passages[j - 1]!.wordTo - passages[i]!.wordFrom > long) {
        // A long passage: windows of it. (Long split quotations: their passages one by one.)
        if (j - i === 1) for (const [from, to] of windowsIn(passages[i]!.wordFrom, passages[i]!.wordTo, 3)) trySpan(range(from, to));
        continue;
      }
      tryUnit(unitWords(passages, i, j), i, j - 1);
    }
  }
  if (scope === 'anywhere') for (const [from, to] of windowsIn(0, norms.length, MAX_CANDIDATES / 2)) trySpan(range(from, to));
  for (let q = 0; q < n; q++) if (vid[q]! >= 0) claimCount[vid[q]!] = 0;
  return out
    .filter((c) => c.similarity >= MIN_SIMILARITY - 1e-9 && c.similarity < 1)
    .sort((a, b) => b.similarity - a.similarity || a.start - b.start || b.end - a.end);
}
