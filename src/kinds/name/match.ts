/**
 * Matching a name claim's correct forms against an article's name runs (SPEC §2
 * "kind: name (spelling)"; "kind: title" finds its person with the same functions).
 *
 * The article was read once into {@link NameRun}s (`extract/names.ts`); here each claim
 * looks its forms up in a per-article token index (built once per runs array and
 * cached), so a claim costs a few map look-ups per form token, not a scan of the text.
 *
 * Decisions where SPEC §2 is silent:
 * - Forms are looked for inside longer runs (`Mexican President Enrique Pena Nieto`).
 * - A token written all in capitals (`OSORIO`, as in headlines or the French `MACRON`
 *   style) is compared with the form token upper-cased; diacritics still count.
 * - A form that begins with a lower-case particle also matches it capitalised at the
 *   start of a sentence or a line (`Von der Leyen said`), and only there: `Ursula Von der
 *   Leyen` and `Mohammed Bin Salman` are near misses of `… von der Leyen`, `… bin Salman`
 *   (SPEC §2: case-sensitive; list the capitalised spelling as a variant where house style
 *   uses it).
 * - Initials compare by their letter: `F` and `F.` are the same initial.
 * - When no form has initials, a form also matches the text with extra middle initials
 *   (SPEC: initials "added": `John Kelly` finds `John F. Kelly`); when the claim names
 *   initials, the article's initials must agree with them.
 * - Typographic and straight apostrophes and hyphens are the same (`O’Rourke`).
 * - Trailing short forms that begin with an initial (`F. Kelly`) or with a second
 *   particle (`der Leyen`) are not forms: nobody writes them, and they would only make
 *   false near misses.
 * - The edit limit of 2 applies when the *correct* token has 8 or more letters.
 * - Guards against false near misses: a differing token may not be a common English
 *   function word or courtesy title (`As Gore` is not `Al Gore`); a one-token near miss
 *   must end its run (`Kelley Blue Book` is not `Kelly`), may not open a sentence
 *   (`Salmon fishing…` is not `Salman`) and may not stand in an all-caps headline.
 * - Overlapping occurrences resolve to one: the one with more tokens wins, then an
 *   agreement over a conflict, then the earlier one. So `Miguel Angel Osorio Chung`
 *   is one conflict, not also `Osorio Chung` and `Chung`.
 */
import fastDiff from 'fast-diff';
import { isAllCapsWord, isInitial, isParticle, letterCount, type NameRun, type NameToken } from '../../extract/names.js';
import { keepNonOverlapping } from '../../core/span.js';

/** A correct form: its text (tokens joined by single spaces) and its tokens. */
export interface NameForm {
  readonly text: string;
  readonly tokens: string[];
}

/** fast-diff's operations: -1 deleted (in the correct form), 1 inserted (in the article), 0 equal. */
export type DiffOp = -1 | 0 | 1;

/** One occurrence of the name in the article, resolved so that occurrences never overlap. */
export interface NameMatch {
  /** Offset of the occurrence (UTF-16 code units, into the full text). */
  start: number;
  /** Offset just past the occurrence. */
  end: number;
  /** `text.slice(start, end)`: what the article wrote. */
  text: string;
  verdict: 'agreement' | 'conflict';
  /** The correct form the occurrence equals (agreement) or nearly equals (conflict). */
  form: string;
  /** Conflicts only: character diff from the correct form (as the article would write it) to `text`. */
  diff?: Array<[DiffOp, string]>;
}

// ---------------------------------------------------------------------------
// Edit distance

/**
 * Damerau–Levenshtein distance (optimal string alignment) over code points, after NFC
 * normalisation: an insertion, a deletion, a substitution (so a diacritic change, `ñ` →
 * `n`, or a case change) and a swap of two adjacent letters (`Giulia` → `Guilia`) each
 * count as one edit. Returns `max + 1` as soon as the distance is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (isSimple(a) && isSimple(b)) return unitDistance(a, b, max);
  const ascii = /^[\x00-\x7f]*$/u;
  // ASCII needs neither normalisation nor code-point splitting; indexing works on both.
  const s: ArrayLike<string> = ascii.test(a) ? a : Array.from(a.normalize('NFC'));
  const t: ArrayLike<string> = ascii.test(b) ? b : Array.from(b.normalize('NFC'));
  const n = s.length;
  const m = t.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1] && s[i - 1] !== t[j - 1]) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

/**
 * Units below U+0300 (ASCII, the Latin letters, IPA, spacing modifiers) that NFC leaves
 * alone: all of them, checked once here. None combines with a neighbour under NFC (none
 * is a combining mark, nor a Hangul jamo), so a string of them is its own NFC form, one
 * code point per unit.
 */
const NFC_STABLE = new Uint8Array(0x300).map((_, c) => (String.fromCharCode(c).normalize('NFC') === String.fromCharCode(c) ? 1 : 0));

/** True when `s` is made of {@link NFC_STABLE} units only (so needs no normalising or code-point splitting). */
function isSimple(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 || NFC_STABLE[c] === 0) return false;
  }
  return true;
}

/** Three rows of the distance table, reused (scratch for {@link unitDistance}). */
let rows = new Int32Array(3 * 64);

/**
 * {@link editDistance} of two {@link isSimple} strings (code units are code points, NFC
 * changes nothing): the same table, row minima and early exits, on typed rows made once.
 */
function unitDistance(s: string, t: string, max: number): number {
  const n = s.length;
  const m = t.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  const w = m + 1;
  if (rows.length < 3 * w) rows = new Int32Array(6 * w);
  const r = rows;
  // Rows at offsets: prev2, prev, cur (rotated after each row).
  let p2 = 0;
  let p1 = w;
  let c = 2 * w;
  for (let j = 0; j <= m; j++) {
    r[p2 + j] = 0;
    r[p1 + j] = j;
    r[c + j] = 0;
  }
  for (let i = 1; i <= n; i++) {
    r[c] = i;
    let rowMin = i;
    const si = s.charCodeAt(i - 1);
    const sPrev = i > 1 ? s.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= m; j++) {
      const tj = t.charCodeAt(j - 1);
      const cost = si === tj ? 0 : 1;
      let d = Math.min(r[p1 + j]! + 1, r[c + j - 1]! + 1, r[p1 + j - 1]! + cost);
      if (i > 1 && j > 1 && si === t.charCodeAt(j - 2) && sPrev === tj && si !== tj) {
        d = Math.min(d, r[p2 + j - 2]! + 1);
      }
      r[c + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t2 = p2;
    p2 = p1;
    p1 = c;
    c = t2;
  }
  return r[p1 + m]!;
}

/** Edits a token may differ by and still be a near miss: 2 when the correct token has ≥ 8 letters, else 1. */
export function maxEdits(correct: string): number {
  return letterCount(correct) >= 8 ? 2 : 1;
}

// ---------------------------------------------------------------------------
// Forms

/** Generational suffixes, which articles often leave out. */
const SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

/** Splits a claim's name into tokens: white space, and initials written together (`J.R.R.`). */
function tokenize(name: string): string[] {
  const out: string[] = [];
  for (const raw of name.trim().split(/\s+/u)) {
    const piece = raw.replace(/^[,;:"“”‘(]+|[,;:"“”’)]+$/gu, '');
    if (piece === '') continue;
    if (/^(?:[\p{Lu}\p{Lt}]\.){2,}$/u.test(piece)) out.push(...(piece.match(/[\p{Lu}\p{Lt}]\./gu) ?? []));
    // The reader keeps a full stop only on initials: `Jr.` is read as `Jr`.
    else out.push(isInitial(piece) ? piece : piece.replace(/\.$/u, ''));
  }
  return out;
}

/**
 * The correct forms of a name (SPEC §2): `value` and each variant; each with its middle
 * initials dropped (`John F. Kelly` → `John Kelly`; adding initials is done by
 * {@link matchName}) and with a generational suffix dropped (`Martin Luther King Jr.` →
 * `Martin Luther King`); and every trailing run of tokens of each (`Osorio Chong`,
 * `Chong`), a one-token one only when it has at least 4 letters. Trailing runs that
 * begin with an initial or with the second of two particles are left out. Duplicates
 * are removed; the order is stable (value first).
 */
export function nameForms(value: string, variants: readonly string[]): NameForm[] {
  const forms: NameForm[] = [];
  const seen = new Set<string>();
  const add = (tokens: string[]): void => {
    const text = tokens.join(' ');
    if (tokens.length === 0 || seen.has(text)) return;
    seen.add(text);
    forms.push({ text, tokens });
  };
  const bases: string[][] = [];
  const addBase = (tokens: string[]): void => {
    bases.push(tokens);
    const dropped = tokens.filter((t, i) => i === 0 || i === tokens.length - 1 || !isInitial(t));
    if (dropped.length < tokens.length) bases.push(dropped);
  };
  for (const name of [value, ...variants]) {
    const tokens = tokenize(name);
    if (tokens.length === 0) continue;
    addBase(tokens);
    // A generational suffix may be left out like a middle initial: `Martin Luther King`.
    if (tokens.length >= 3 && SUFFIXES.has(tokens[tokens.length - 1]!)) addBase(tokens.slice(0, -1));
  }
  for (const tokens of bases) add(tokens);
  for (const tokens of bases) {
    for (let i = 1; i < tokens.length; i++) {
      const head = tokens[i]!;
      if (isInitial(head)) continue;
      if (isParticle(head) && isParticle(tokens[i - 1]!)) continue;
      const tail = tokens.slice(i);
      if (tail.length === 1 && (letterCount(head) < 4 || isParticle(head))) continue;
      add(tail);
    }
  }
  return forms;
}

// ---------------------------------------------------------------------------
// The per-article token index

/** True for a non-empty string of ASCII letters (`/^[A-Za-z]+$/`). */
export function isAsciiWord(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** {@link FOLD} entries: not computed yet; folds to nothing (a mark); not foldable unit by unit. */
const FOLD_UNKNOWN = -3;
const FOLD_NOTHING = -1;
const FOLD_COMPLEX = -2;

/**
 * Per UTF-16 unit: what {@link keyOf}'s folding makes of it alone (`plain`, lower case,
 * NFD, marks removed): one unit (its code), nothing, or {@link FOLD_COMPLEX}. Only for
 * units whose folds compose — the string's fold is its units' folds end to end: ASCII,
 * the Latin blocks (U+0000–024F, U+1E00–1EFF), the combining diacritical marks
 * (U+0300–036F) and the typographic apostrophes and hyphens. Elsewhere lower-casing may
 * depend on the neighbours (a Greek final sigma) or NFD reorder marks around other
 * units: those tokens are folded whole.
 */
const FOLD = new Int32Array(0x10000).fill(FOLD_UNKNOWN);

function foldUnit(c: number): number {
  let f = FOLD[c]!;
  if (f === FOLD_UNKNOWN) {
    const latin = c < 0x250 || (c >= 0x300 && c < 0x370) || (c >= 0x1e00 && c < 0x1f00) || c === 0x2bc || c === 0x2019 || c === 0x2010 || c === 0x2011;
    if (!latin) f = FOLD_COMPLEX;
    else {
      const r = plain(String.fromCharCode(c)).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
      f = r.length === 0 ? FOLD_NOTHING : r.length === 1 ? r.charCodeAt(0) : FOLD_COMPLEX;
    }
    FOLD[c] = f;
  }
  return f;
}

/** Folded units of the token being keyed (scratch for {@link foldUnits}). */
let folded = new Uint16Array(64);

/**
 * Folds `token` unit by unit into {@link folded}, its trailing full stop dropped; the
 * number of units, or -1 when some unit does not fold alone.
 */
function foldUnits(token: string): number {
  if (folded.length < token.length) folded = new Uint16Array(2 * token.length);
  let n = 0;
  for (let i = 0; i < token.length; i++) {
    const f = foldUnit(token.charCodeAt(i));
    if (f === FOLD_NOTHING) continue;
    if (f === FOLD_COMPLEX) return -1;
    folded[n++] = f;
  }
  if (n > 0 && folded[n - 1] === 46 /* . */) n--;
  return n;
}

/** The string of `folded[0, n)`. */
function foldedString(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(folded[i]!);
  return s;
}

/** Folds a token for candidate look-up: lower case, no diacritics, no initial's stop. */
export function keyOf(token: string): string {
  // The common case, ASCII letters only: nothing to fold but the case.
  if (isAsciiWord(token)) return token.toLowerCase();
  // Latin letters, marks, stops and joiners: folded unit by unit (no cache look-up).
  const n = foldUnits(token);
  if (n >= 0) return foldedString(n);
  let key = keyCache.get(token);
  if (key === undefined) {
    key = plain(token).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/u, '');
    if (keyCache.size >= 50_000) keyCache.clear();
    keyCache.set(token, key);
  }
  return key;
}

/** Folded keys of tokens that need more than lower-casing (shared by all articles). */
const keyCache = new Map<string, string>();

/** Every string made by deleting up to `depth` code points of `key` (the key included). */
export function deletions(key: string, depth: number): Set<string> {
  const out = new Set<string>([key]);
  let layer = [key];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const s of layer) {
      if (s.length === 0) continue; // '' too: it ties every initial to every other
      const astral = /[\uD800-\uDBFF]/u.test(s);
      const cps = astral ? Array.from(s) : undefined;
      const n = cps ? cps.length : s.length;
      for (let i = 0; i < n; i++) {
        const del = cps ? cps.slice(0, i).join('') + cps.slice(i + 1).join('') : s.slice(0, i) + s.slice(i + 1);
        if (!out.has(del)) {
          out.add(del);
          next.push(del);
        }
      }
    }
    layer = next;
  }
  return out;
}

interface TokenRef {
  readonly run: number;
  readonly index: number;
}

/**
 * Per-article token index. A form token finds every article token within its edit limit
 * on folded keys (lower case, no diacritics), so case, diacritic and swap differences
 * are all found; each candidate is then checked with the real distance.
 * - Limit 1: the folded tokens that share a one-letter deletion with the form token.
 * - Limit 2 (tokens of ≥ 8 letters): the folded tokens within 2 edits.
 * Both are found by a scan of the article's folded keys that rejects most of them on
 * length and a 32-bit letter mask before the exact test (cheaper, per article, than
 * building a deletion map of the whole text or aligning every key).
 *
 * The distinct keys are kept in arrays with their hashes ({@link hashKey}) and masks, and
 * each key's tokens in a chain through the token numbers (tokens numbered in text order
 * across the runs): no object per token, and no string for a token whose key (folded
 * unit by unit, {@link foldUnits}) was seen before. The person index reads the same keys
 * and hashes for its look-up ({@link articleKeys}).
 */
interface RunIndex {
  /** The distinct folded keys, in order of first occurrence. */
  readonly keys: string[];
  /** Per key: its {@link hashKey}. */
  readonly hashes: Int32Array;
  /** Per key: its {@link maskOf}. */
  readonly masks: Int32Array;
  /** Per key: its first token. */
  readonly first: Int32Array;
  /** Per token: the next token with the same key, or -1. */
  readonly next: Int32Array;
  /** Per token: its run, and its index in the run. */
  readonly runOf: Int32Array;
  readonly indexInRun: Int32Array;
  /** Form token → its candidates in this article (claims share tokens: `Kelly`, `Chong`). */
  readonly lookups: Map<string, TokenRef[]>;
  /** The keys by length ({@link byLength}). */
  byLength?: { readonly order: Int32Array; readonly starts: Int32Array };
}

const indexes = new WeakMap<readonly NameRun[], RunIndex>();

/** Article tokens longer than this (in UTF-16 units) are never near misses of a name token. */
const MAX_TOKEN = 64;

/** The multiplier of {@link hashKey}. */
export const KEY_HASH = 0x01000193;

/** A 32-bit polynomial hash of a string's code units (the person index hashes deletions with it). */
export function hashKey(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, KEY_HASH) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * The keys of at most {@link MAX_TOKEN} units by length: `order[starts[len], starts[len + 1])`
 * are the keys of `len` units, in order of first occurrence (made on first use).
 */
function byLength(idx: RunIndex): { readonly order: Int32Array; readonly starts: Int32Array } {
  if (idx.byLength) return idx.byLength;
  const starts = new Int32Array(MAX_TOKEN + 2);
  for (const key of idx.keys) if (key.length <= MAX_TOKEN) starts[key.length + 1]!++;
  for (let len = 1; len <= MAX_TOKEN + 1; len++) starts[len]! += starts[len - 1]!;
  const order = new Int32Array(starts[MAX_TOKEN + 1]!);
  const fill = starts.slice(0, MAX_TOKEN + 1);
  idx.keys.forEach((key, i) => {
    if (key.length <= MAX_TOKEN) order[fill[key.length]!++] = i;
  });
  return (idx.byLength = { order, starts });
}

/** True when `key` is `folded[0, n)`. */
function isFolded(key: string, n: number): boolean {
  if (key.length !== n) return false;
  for (let i = 0; i < n; i++) if (folded[i] !== key.charCodeAt(i)) return false;
  return true;
}

function indexOf(runs: readonly NameRun[]): RunIndex {
  let idx = indexes.get(runs);
  if (idx) return idx;
  let total = 0;
  for (const run of runs) total += run.tokens.length;
  const keys: string[] = [];
  // An open-addressing table of key numbers + 1 (0: empty), at most half full.
  let bits = 4;
  while (1 << bits < 2 * total) bits++;
  const mask = (1 << bits) - 1;
  // One buffer for every per-key and per-token array (one allocation, not eight).
  const buffer = new Int32Array(7 * total + (1 << bits));
  const part = (k: number): Int32Array => buffer.subarray(k * total, (k + 1) * total);
  const hashes = part(0);
  const masks = part(1);
  const first = part(2);
  const last = part(3);
  const next = part(4).fill(-1);
  const runOf = part(5);
  const indexInRun = part(6);
  const table = buffer.subarray(7 * total);
  let o = 0;
  for (let r = 0; r < runs.length; r++) {
    const tokens = runs[r]!.tokens;
    for (let i = 0; i < tokens.length; i++, o++) {
      runOf[o] = r;
      indexInRun[o] = i;
      const t = tokens[i]!.text;
      // Most tokens fold unit by unit (ASCII and Latin letters): the key's hash and mask
      // come from the folded units, and a key seen before is recognised without a string.
      const n = foldUnits(t);
      let key: string | undefined;
      let h = 0;
      let m = 0;
      if (n >= 0) {
        for (let c = 0; c < n; c++) {
          const u = folded[c]!;
          h = (Math.imul(h, KEY_HASH) + u) | 0;
          m = u > 0x7f || m === -1 ? -1 : m | (1 << (u & 31));
        }
      } else {
        key = keyOf(t);
        h = hashKey(key);
        m = maskOf(key);
      }
      let slot = Math.imul(h, 0x9e3779b1) >>> (32 - bits);
      let k = -1;
      for (; table[slot] !== 0; slot = (slot + 1) & mask) {
        const id = table[slot]! - 1;
        if (hashes[id] === h && (key === undefined ? isFolded(keys[id]!, n) : keys[id] === key)) {
          k = id;
          break;
        }
      }
      if (k < 0) {
        k = keys.length;
        keys.push(key ?? (isAsciiWord(t) ? t.toLowerCase() : foldedString(n)));
        hashes[k] = h;
        masks[k] = m;
        first[k] = o;
        table[slot] = k + 1;
      } else next[last[k]!] = o;
      last[k] = o;
    }
  }
  idx = { keys, hashes, masks, first, next, runOf, indexInRun, lookups: new Map() };
  indexes.set(runs, idx);
  return idx;
}

/**
 * The distinct folded keys of the runs' tokens ({@link keyOf}), in order of first
 * occurrence, with their {@link hashKey}s (built once per runs array, shared with
 * {@link matchName}).
 */
export function articleKeys(runs: readonly NameRun[]): { readonly keys: readonly string[]; readonly hashes: Int32Array } {
  return indexOf(runs);
}

/**
 * A 32-bit mask of the code units of an ASCII string (bit `c & 31` for each unit `c`), or
 * -1 for a string with any non-ASCII unit (no mask: compared in full). Two masks bound the
 * distance from below: every insertion or substitution brings at most one letter the other
 * string lacks, a deletion or swap none, so two strings within `k` edits (or sharing a
 * depth-`k` deletion) each have at most `k` mask bits the other lacks.
 */
function maskOf(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return -1;
    m |= 1 << (c & 31);
  }
  return m;
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** True when masks `a` and `b` allow the two strings to be within `k` edits (see {@link maskOf}). */
function masksAllow(a: number, b: number, k: number): boolean {
  if (a === -1 || b === -1) return true;
  return bitCount(a & ~b) <= k && bitCount(b & ~a) <= k;
}

/** True when `a` and `b` share a deletion of depth ≤ 1 (as `deletions(…, 1)` makes them). */
function shareDeletion(a: string, bDels: Set<string>): boolean {
  for (const del of deletions(a, 1)) if (bDels.has(del)) return true;
  return false;
}

function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xf800) === 0xd800) return true;
  return false;
}

/** True when `x[k + 1] === y[k]` for every `k` in `[from, to)`. */
function shifted(x: string, y: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (x.charCodeAt(k + 1) !== y.charCodeAt(k)) return false;
  return true;
}

/**
 * {@link shareDeletion} without building deletions, for strings without surrogates (whose
 * code units are code points): equal; or one unit longer and equal to the other after one
 * deletion; or of one length `n` and equal after deleting unit `i` of one and unit `j ≥ i`
 * of the other (or the other way round). For the last, with `p` the length of the common
 * prefix and `s` of the common suffix, a pair works only with `i ≤ p` and `j ≥ n − 1 − s`,
 * and then the stretch between is shifted by one; `i = p`, `j = max(n − 1 − s, p)` has the
 * shortest such stretch, so it works whenever any pair does.
 */
function shareDeletionUnits(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1) return false;
  let p = 0;
  while (p < lb && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  if (la === lb) {
    if (p === la) return true;
    let s = 0;
    while (s < la - p && a.charCodeAt(la - 1 - s) === b.charCodeAt(la - 1 - s)) s++;
    const j = Math.max(la - 1 - s, p);
    return shifted(a, b, p, j) || shifted(b, a, p, j);
  }
  // `b` is `a` without one unit: the first that differs (any of a run of equal ones will do).
  return shifted(a, b, p, lb);
}

/** One-letter deletions of folded form tokens, shared by all articles (claims repeat their tokens). */
const queryCache = new Map<string, Set<string>>();

function queryDeletions(key: string): Set<string> {
  let dels = queryCache.get(key);
  if (!dels) {
    dels = deletions(key, 1);
    if (queryCache.size >= 50_000) queryCache.clear();
    queryCache.set(key, dels);
  }
  return dels;
}

/** Article tokens that could equal or nearly equal the form token `f` (a superset), cached per article. */
function candidates(idx: RunIndex, f: string): TokenRef[] {
  const cached = idx.lookups.get(f);
  if (cached) return cached;
  const fkey = keyOf(f);
  /** The matching keys, by number (each key is scanned once). */
  const keys: number[] = [];
  // Both branches scan the article's folded keys with cheap length and letter-mask filters
  // (necessary conditions only), then decide each survivor exactly: the same keys as a
  // symmetric-deletion map (limit 1) or a full edit-distance scan (limit 2) would give.
  const { keys: all, masks } = idx;
  const fmask = maskOf(fkey);
  // Deletions count code points; a key with surrogates may be one code point per two units.
  const astral = maxEdits(f) === 1 && /[\uD800-\uDFFF]/u.test(fkey);
  // The keys to test: of the form key's length ± 2 (by length, from `byLength`), or all.
  const { order, starts } = byLength(idx);
  const lo = astral ? 0 : Math.max(0, fkey.length - 2);
  const hi = astral ? MAX_TOKEN : Math.min(MAX_TOKEN, fkey.length + 2);
  if (lo <= hi) {
    if (maxEdits(f) === 1) {
      const units = !hasSurrogate(fkey);
      const fdels = units ? undefined : queryDeletions(fkey);
      for (let p = starts[lo]!; p < starts[hi + 1]!; p++) {
        const i = order[p]!;
        if (!masksAllow(masks[i]!, fmask, 1)) continue;
        // An ASCII key (mask not -1) has no surrogates.
        const key = all[i]!;
        const near = units && (masks[i] !== -1 || !hasSurrogate(key)) ? shareDeletionUnits(key, fkey) : shareDeletion(key, fdels ?? queryDeletions(fkey));
        if (near) keys.push(i);
      }
    } else {
      for (let p = starts[lo]!; p < starts[hi + 1]!; p++) {
        const i = order[p]!;
        if (masksAllow(masks[i]!, fmask, 2) && editDistance(all[i]!, fkey, 2) <= 2) keys.push(i);
      }
    }
  }
  // In order of first occurrence, as a scan of all the keys finds them.
  if (keys.length > 1) keys.sort((a, b) => a - b);
  const refs: TokenRef[] = [];
  for (const k of keys) for (let o = idx.first[k]!; o !== -1; o = idx.next[o]!) refs.push({ run: idx.runOf[o]!, index: idx.indexInRun[o]! });
  idx.lookups.set(f, refs);
  return refs;
}

// ---------------------------------------------------------------------------
// Token and window comparison

interface TokenCompare {
  /** Edits between the article's token and the closest way of writing the form token. */
  readonly distance: number;
  /** The form token as the article should have written it (for the diff). */
  readonly shown: string;
}

/** Typographic apostrophes and hyphens are typography, not spelling: `O’Rourke` is `O'Rourke`. */
function plain(s: string): string {
  // Most tokens have neither: no pattern to run.
  let typographic = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2019 || c === 0x02bc || c === 0x2010 || c === 0x2011) {
      typographic = true;
      break;
    }
  }
  if (!typographic) return s;
  return s.replace(/[\u2019\u02BC]/gu, "'").replace(/[\u2010\u2011]/gu, '-');
}

/** Compares an article token with a form token under the rules in the file comment. */
function compareToken(t: string, f: string, limit: number, capParticle = false): TokenCompare {
  if (isInitial(t) && isInitial(f)) {
    const tl = t.replace(/\.$/u, '');
    const fl = f.replace(/\.$/u, '');
    return tl === fl ? { distance: 0, shown: t } : { distance: 1, shown: fl + (t.endsWith('.') ? '.' : '') };
  }
  if (t === f) return { distance: 0, shown: t };
  const pt = plain(t);
  const pf = plain(f);
  // The ways of writing the form token, in order, until one is exact: as it is; in
  // capitals when the article's token is; capitalised when a particle may be.
  let bestDistance = limit + 1;
  let bestWay: string | undefined;
  let d = editDistance(pt, pf, limit);
  if (d < bestDistance) {
    bestDistance = d;
    bestWay = pf;
  }
  if (d !== 0 && isAllCapsWord(t)) {
    const way = pf.toUpperCase();
    d = editDistance(pt, way, limit);
    if (d < bestDistance) {
      bestDistance = d;
      bestWay = way;
    }
    // Turkish capitals keep the dot: "ŞAHİN" is "Şahin" in capitals, as Turkish writes it.
    if (d !== 0 && /i/.test(pf)) {
      const tr = pf.toLocaleUpperCase('tr-TR');
      d = editDistance(pt, tr, limit);
      if (d < bestDistance) {
        bestDistance = d;
        bestWay = tr;
      }
    }
  }
  if (d !== 0 && isParticle(f) && capParticle) {
    const way = pf.charAt(0).toUpperCase() + pf.slice(1);
    d = editDistance(pt, way, limit);
    if (d < bestDistance) {
      bestDistance = d;
      bestWay = way;
    }
  }
  if (bestWay === undefined) return { distance: bestDistance, shown: f };
  return { distance: bestDistance, shown: bestDistance === 0 ? t : t.includes('\u2019') ? bestWay.replace(/'/gu, '\u2019') : bestWay };
}

/**
 * Common English words and courtesy titles that are capitalised at the start of a
 * sentence or before a name; an article token that differs from the form and is one of
 * them never makes a near miss (`As Gore` is not `Al Gore`, `Mr Kelly` not `Ed Kelly`).
 */
const COMMON_WORDS = new Set(
  ('a an the as at in on of to by for and but or nor so if is it its he she we us they his her ' +
    'our their this that these those then than when while with from after before since until ' +
    'under over into onto upon about also all any both each few more most not no yes yet one two ' +
    'was were are be been has had have did do does how why what who whom whose where which there ' +
    'here mr mrs ms dr sir sen rep gov gen lt col sgt st prof rev hon mme mlle herr sr sra jr ' +
    'even just only still very much many some such own same other another again once per via ' +
    'says said told asked')
    .split(' '),
);

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr sen rep gov gen lt col sgt capt st prof rev hon pres sec amb adm cmdr maj supt insp det jr sr vs'.split(' '),
);

const OPENERS = new Set(['"', "'", '\u201C', '\u2018', '\u00AB', '\u2039', '(', '[', '*', '\u2022', '\u00BF', '\u00A1', '\u2014', '\u2013', '-', '_']);
const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', '\u00BB', '\u203A', ')', ']']);

/** True when the word at `p` opens a sentence, a line or the text (its capital says nothing). */
function opensSentence(text: string, p: number): boolean {
  let i = p - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00A0' || OPENERS.has(text[i]!))) i--;
  if (i < 0) return true;
  let c = text[i]!;
  if (CLOSERS.has(c)) {
    // `… on another". Chung`: look past closing quotes for the sentence end.
    while (i >= 0 && CLOSERS.has(text[i]!)) i--;
    if (i < 0) return true;
    c = text[i]!;
    return c === '.' || c === '!' || c === '?' || c === '\u2026';
  }
  if (c === '\n' || c === '\r' || c === '!' || c === '?' || c === ':' || c === '\u2026') return true;
  if (c === '.') {
    let j = i;
    while (j > 0 && /\p{L}/u.test(text[j - 1]!)) j--;
    const word = text.slice(j, i);
    if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial: `John F. Chung`
    return !ABBREVIATIONS.has(word.toLowerCase());
  }
  return false;
}

/** One article token aligned with a form token (or skipped, an extra middle initial). */
interface Aligned {
  readonly token: NameToken;
  readonly shown: string;
  readonly distance: number;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
  readonly aligned: Aligned[];
  readonly distance: number;
  readonly form: NameForm;
  readonly formIndex: number;
}

/**
 * Aligns `form` with the tokens of `run` from `first` on. Every form token must meet an
 * article token within its edit limit; with `skipInitials` it skips article initials
 * between its first and last tokens (`John [F.] Kelly`).
 */
function align(run: NameRun, first: number, form: NameForm, skipInitials: boolean, text: string): Aligned[] | undefined {
  const out: Aligned[] = [];
  let q = first;
  for (let j = 0; j < form.tokens.length; j++) {
    const f = form.tokens[j]!;
    const limit = maxEdits(f);
    for (;;) {
      const tok = run.tokens[q];
      if (!tok) return undefined;
      // A particle takes a capital only where any word does: opening a sentence or a line
      // ("Von der Leyen said"); "Ursula Von der Leyen" misspells it (SPEC §2: case-sensitive).
      // (Only a particle asks where it stands: the scan back is made for nothing else.)
      const c = compareToken(tok.text, f, limit, j === 0 && out.length === 0 && isParticle(f) && opensSentence(text, tok.start));
      if (c.distance <= limit) {
        out.push({ token: tok, shown: c.shown, distance: c.distance });
        q++;
        break;
      }
      if (!(skipInitials && j > 0 && isInitial(tok.text))) return undefined;
      out.push({ token: tok, shown: tok.text, distance: 0 });
      q++;
    }
  }
  return out;
}

/** True when a window that differs from its form may count as a near miss (SPEC §2 plus guards). */
function nearMissAllowed(text: string, run: NameRun, last: number, aligned: Aligned[], form: NameForm): boolean {
  for (const a of aligned) if (a.distance > 0 && COMMON_WORDS.has(a.token.text.toLowerCase())) return false;
  if (form.tokens.length >= 2) return true;
  const tok = aligned[0]!.token;
  return (
    letterCount(tok.text) >= 5 &&
    letterCount(form.tokens[0]!) >= 5 &&
    last === run.tokens.length - 1 &&
    !run.allCaps &&
    !opensSentence(text, tok.start)
  );
}

function better(a: Candidate, b: Candidate): boolean {
  // Same span: an exact form beats a near one, then fewer edits, then the earlier form.
  return a.distance !== b.distance ? a.distance < b.distance : a.formIndex < b.formIndex;
}

/** Per claim's forms: no form has an initial (so the article may add some). */
const skipsInitials = new WeakMap<readonly NameForm[], boolean>();

/**
 * Finds the occurrences of a name in an article: exact occurrences of a correct form
 * (agreements) and near misses (conflicts, with a character diff), never overlapping,
 * in text order. `runs` must come from `readNameRuns(text, …)`.
 */
export function matchName(runs: readonly NameRun[], forms: readonly NameForm[], text: string): NameMatch[] {
  if (runs.length === 0 || forms.length === 0) return [];
  const idx = indexOf(runs);
  const lookUp = (f: string): TokenRef[] => candidates(idx, f);

  // Initials "added" (SPEC §2): when the claim names no initials at all, the article may
  // add some (`John F. Kelly` for `John Kelly`). When it does name them, they must agree:
  // `George H. W. Bush` is not `George W. Bush` by way of the short form `George Bush`.
  let skipInitials = skipsInitials.get(forms);
  if (skipInitials === undefined) {
    skipInitials = !forms.some((f) => f.tokens.some(isInitial));
    skipsInitials.set(forms, skipInitials);
  }
  const bySpan = new Map<string, Candidate>();
  forms.forEach((form, formIndex) => {
    if (form.tokens.length === 0) return;
    // Every form token must have some candidate in the article, or the form cannot occur.
    for (const f of form.tokens) if (lookUp(f).length === 0) return;
    for (const ref of lookUp(form.tokens[0]!)) {
      const run = runs[ref.run]!;
      const aligned = align(run, ref.index, form, skipInitials, text);
      if (!aligned) continue;
      const last = ref.index + aligned.length - 1;
      const distance = aligned.reduce((sum, a) => sum + a.distance, 0);
      if (distance > 0 && !nearMissAllowed(text, run, last, aligned, form)) continue;
      const cand: Candidate = {
        start: run.tokens[ref.index]!.start,
        end: run.tokens[last]!.end,
        first: ref.index,
        last,
        aligned,
        distance,
        form,
        formIndex,
      };
      const key = `${cand.start}:${cand.end}`;
      const prev = bySpan.get(key);
      if (!prev || better(cand, prev)) bySpan.set(key, cand);
    }
  });

  // Overlaps: more tokens first, then agreement before conflict, then text order.
  const ordered = [...bySpan.values()].sort(
    (a, b) =>
      b.last - b.first - (a.last - a.first) ||
      Number(a.distance > 0) - Number(b.distance > 0) ||
      a.start - b.start,
  );
  return keepNonOverlapping(ordered).map((c) => toMatch(c, text));
}

function toMatch(c: Candidate, text: string): NameMatch {
  const found = text.slice(c.start, c.end);
  if (c.distance === 0) return { start: c.start, end: c.end, text: found, verdict: 'agreement', form: c.form.text };
  // The form as the article should have written it, with the article's own spacing
  // between tokens, so the diff shows only the misspelling.
  let expected = '';
  c.aligned.forEach((a, k) => {
    if (k > 0) expected += text.slice(c.aligned[k - 1]!.token.end, a.token.start);
    expected += a.shown;
  });
  const diff = fastDiff(expected, found) as Array<[DiffOp, string]>;
  return { start: c.start, end: c.end, text: found, verdict: 'conflict', form: c.form.text, diff };
}

/** Renders a diff as text: deletions (the correct form) `[-o-]`, insertions (the article) `[+u+]`. */
export function renderDiff(diff: ReadonlyArray<readonly [DiffOp, string]>): string {
  return diff.map(([op, s]) => (op === 0 ? s : op === -1 ? `[-${s}-]` : `[+${s}+]`)).join('');
}
