/**
 * The name reader (SPEC §2 "kind: name", "kind: title"): an article is read ONCE into
 * its runs of capitalised words; name and title claims then match their forms against
 * the runs (ARCHITECTURE property 6, "extract once, judge many") and never rescan the
 * text.
 *
 * A **token** is a word: letters and combining marks, joined by inner hyphens and
 * apostrophes that are followed by a letter (`Osorio-Chong`, `Jae-in`, `O'Brien`,
 * `O’Rourke`). A possessive `'s` / `’s` is not part of the token and ends the run
 * (`Mexico’s interior secretary`). A single capital letter followed by a full stop is
 * an initial and keeps its stop (`F.`); initials may follow each other without a space
 * (`J.R.R.`, `U.S.`).
 *
 * A token is **capitalised** when its first letter is upper or title case, or when a
 * short lower-case Arabic/Romance prefix joined by a hyphen or apostrophe precedes a
 * capital (`al-Assad`, `el-Sisi`, `d'Estaing`). A lower-case name particle (`de`,
 * `del`, `la`, `van`, `von`, `der`, `bin`, `da`, `dos`, … see {@link NAME_PARTICLES})
 * may stand inside a run or open it when a capitalised token follows (`von der Leyen`),
 * never end it. Any other word, any digit, any punctuation other than white space, a
 * blank line, or a possessive ends the run.
 *
 * All offsets are half-open `[start, end)` UTF-16 code-unit offsets into the full text.
 */

/** One word of a name run. */
export interface NameToken {
  /** Offset of the token's first code unit in the full text. */
  readonly start: number;
  /** Offset just past the token (for an initial, past its full stop). */
  readonly end: number;
  /** `text.slice(start, end)`. */
  readonly text: string;
}

/** A maximal run of capitalised words (name particles allowed inside). */
export interface NameRun {
  /** Offset of the first token. */
  readonly start: number;
  /** Offset just past the last token. */
  readonly end: number;
  /** The tokens, in text order; at least one is capitalised. */
  readonly tokens: NameToken[];
  /**
   * True when every capitalised token of two or more letters is written in capitals
   * (a headline such as `OSORIO CHONG SAYS`). Matching compares all-caps tokens
   * case-insensitively whatever this flag says; the flag tells a headline from prose.
   */
  readonly allCaps: boolean;
}

/**
 * Lower-case name particles that may stand inside a run (Romance, Germanic, Dutch,
 * Arabic, Hebrew). English words that happen to be particles elsewhere (`of`, `the`,
 * `and`) are deliberately absent: `Secretary of State` is two runs.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'delle', 'dei', 'degli', 'der', 'den', 'des', 'di', 'da', 'das',
  'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'ter', 'ten', 'zu', 'zum', 'zur',
  'bin', 'ibn', 'bint', 'binti', 'ben', 'al', 'el', 'y',
]);

/** Lower-case prefixes that, joined by a hyphen, precede a capital in one token (`al-Assad`). */
const HYPHEN_PREFIXES = new Set(['al', 'el', 'ad', 'an', 'ar', 'as', 'at', 'az', 'ash', 'ud', 'ul']);
/** Lower-case prefixes that, joined by an apostrophe, precede a capital in one token (`d'Estaing`). */
const APOSTROPHE_PREFIXES = new Set(['d', 'l', 'dell']);

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

const LETTER = /^\p{L}$/u;
const UPPER = /^[\p{Lu}\p{Lt}]$/u;
const DIGIT = /^\p{N}$/u;
const DIGITS = /\p{N}/u;
const MARK = /^\p{M}$/u;

/** The code point at `i` as a string (one or two UTF-16 units). */
function charAt(text: string, i: number): string {
  const u = text.charCodeAt(i);
  if (u < 0xd800 || u > 0xdbff) return Number.isNaN(u) ? '' : text[i]!;
  const c = text.codePointAt(i)!;
  return String.fromCodePoint(c);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isLetter(ch: string): boolean {
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return isAsciiLetter(ch.charCodeAt(0));
  return ch !== '' && LETTER.test(ch);
}

function isWordPart(ch: string): boolean {
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) {
    const c = ch.charCodeAt(0);
    return isAsciiLetter(c) || (c >= 48 && c <= 57);
  }
  return ch !== '' && (LETTER.test(ch) || MARK.test(ch) || DIGIT.test(ch));
}

/** True for an initial: one capital letter, with or without its full stop (`F.`, `F`). */
export function isInitial(token: string): boolean {
  return /^[\p{Lu}\p{Lt}]\p{M}*\.?$/u.test(token);
}

/** True for a lower-case name particle (`von`, `de`, `bin`). */
export function isParticle(token: string): boolean {
  return NAME_PARTICLES.has(token);
}

/** True for a token of two or more letters written entirely in capitals (`CHONG`). */
export function isAllCapsWord(token: string): boolean {
  let letters = 0;
  for (const ch of token) {
    if (!isLetter(ch)) continue;
    if (ch !== ch.toUpperCase() || ch === ch.toLowerCase()) return false;
    letters++;
  }
  return letters >= 2;
}

/** Number of letters in a token (hyphens, apostrophes and stops not counted). */
export function letterCount(token: string): number {
  let n = 0;
  for (const ch of token) if (isLetter(ch)) n++;
  return n;
}

type WordKind = 'cap' | 'particle' | 'other';

interface Word {
  start: number;
  end: number;
  kind: WordKind;
  initial: boolean;
  possessive: boolean;
}

const JOINERS = /['\u2019\u02BC\-\u2010\u2011]/u;

function classify(word: string): WordKind {
  const c = word.charCodeAt(0);
  // Fast path for the common case, a plain lower-case ASCII word.
  if (c >= 97 && c <= 122 && !JOINERS.test(word)) return NAME_PARTICLES.has(word) ? 'particle' : 'other';
  if (DIGITS.test(word)) return 'other';
  if (UPPER.test(charAt(word, 0))) return 'cap';
  if (NAME_PARTICLES.has(word)) return 'particle';
  // al-Assad, el-Sisi, d'Estaing: a short lower-case prefix, a joiner, then a capital.
  const m = /^(\p{Ll}+)(['\u2019\u02BC\-\u2010\u2011])([\p{Lu}\p{Lt}])/u.exec(word);
  if (m) {
    const prefix = m[1]!;
    const joiner = m[2]!;
    if (HYPHENS.has(joiner) ? HYPHEN_PREFIXES.has(prefix) : APOSTROPHE_PREFIXES.has(prefix)) return 'cap';
  }
  return 'other';
}

const CP_LETTER = 1;
const CP_MARK = 2;
const CP_DIGIT = 4;
/** Classes of non-ASCII code points seen so far (letter, mark, digit bits). */
const cpClasses = new Map<number, number>();

/** The {@link CP_LETTER} / {@link CP_MARK} / {@link CP_DIGIT} bits of code point `cp`. */
function cpClass(cp: number): number {
  if (cp < 0x80) {
    if ((cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122)) return CP_LETTER;
    return cp >= 48 && cp <= 57 ? CP_DIGIT : 0;
  }
  let c = cpClasses.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = (/\p{L}/u.test(ch) ? CP_LETTER : 0) | (/\p{M}/u.test(ch) ? CP_MARK : 0) | (/\p{N}/u.test(ch) ? CP_DIGIT : 0);
    if (cpClasses.size < 100_000) cpClasses.set(cp, c);
  }
  return c;
}

function isJoinerCode(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x02bc || c === 45 || c === 0x2010 || c === 0x2011;
}

/** True when `s[from, to)` holds a joiner (a {@link JOINERS} character). */
function hasJoiner(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isJoinerCode(s.charCodeAt(i))) return true;
  return false;
}

/** Length of the longest name particle (UTF-16 units). */
const LONGEST_PARTICLE = Math.max(...[...NAME_PARTICLES].map((p) => p.length));

/**
 * A word: a letter or digit, then letters, marks and digits, with inner hyphens and
 * apostrophes that are followed by a letter (the pattern
 * `[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019\u02BC\-\u2010\u2011]\p{L}[\p{L}\p{M}\p{N}]*)*`,
 * as the regular expression scans it, greedily), with no match object per word.
 *
 * Writes the next word of `s` at or after `from` as `[start, end)` to `out`; false when
 * there is none.
 */
function nextWord(s: string, from: number, out: [number, number]): boolean {
  const n = s.length;
  let p = from;
  for (;;) {
    if (p >= n) return false;
    const cp = s.codePointAt(p)!;
    if (cpClass(cp) & (CP_LETTER | CP_DIGIT)) break;
    p += cp > 0xffff ? 2 : 1;
  }
  const start = p;
  for (;;) {
    while (p < n) {
      const cp = s.codePointAt(p)!;
      if (!cpClass(cp)) break;
      p += cp > 0xffff ? 2 : 1;
    }
    if (p + 1 < n && isJoinerCode(s.charCodeAt(p))) {
      const cp = s.codePointAt(p + 1)!;
      if (cpClass(cp) & CP_LETTER) {
        p += 1 + (cp > 0xffff ? 2 : 1);
        continue;
      }
    }
    break;
  }
  out[0] = start;
  out[1] = p;
  return true;
}

/** A possessive `'s` / `’s` at the end of a word part. */
const POSSESSIVE = /['\u2019\u02BC][sS](?![\p{L}\p{M}\p{N}])/u;
/** The gap inside a run: white space with at most one line break. */
const RUN_GAP = /^[^\S\n]*\n?[^\S\n]*$/u;

/**
 * Reads the words of `text[start, end)` and hands each to `visit` with its kind; offsets
 * into the full `text`. (A callback, not an array: most words are plain lower-case
 * words that only end a run, and need no object.)
 */
function readWords(text: string, start: number, end: number, visit: (w: Word | undefined) => void): void {
  const sub = start === 0 && end === text.length ? text : text.slice(start, end);
  const found: [number, number] = [0, 0];
  let lastIndex = 0;
  while (nextWord(sub, lastIndex, found)) {
    const at = found[0];
    lastIndex = found[1];
    // A slice that starts or ends inside a word drops that partial word.
    if (at === 0 && start > 0 && isWordPart(charAt(text, start - 1))) continue;
    if (lastIndex === sub.length && end < text.length && isWordPart(charAt(text, end))) continue;
    // Fast path: a lower-case ASCII word without joiners, longer than any particle, is
    // 'other' (as `classify` finds) and no possessive: no string needed.
    const c0 = sub.charCodeAt(at);
    if (c0 >= 97 && c0 <= 122 && lastIndex - at > LONGEST_PARTICLE && !hasJoiner(sub, at, lastIndex)) {
      visit(undefined);
      continue;
    }
    let word = sub.slice(at, lastIndex);
    let possessive = false;
    const p = word.length > 2 && JOINERS.test(word) ? POSSESSIVE.exec(word) : null;
    if (p) {
      // Kelly's, Kelly’s: the 's is not part of the name, and it ends the run.
      word = word.slice(0, p.index);
      possessive = true;
      lastIndex = at + p.index + 2;
    }
    const kind = classify(word);
    if (kind === 'other') {
      visit(undefined);
      continue;
    }
    let wEnd = at + word.length;
    let initial = false;
    if (word.length <= 2 && sub.charCodeAt(wEnd) === 46 /* . */ && isInitial(word)) {
      wEnd += 1;
      initial = true;
      lastIndex = Math.max(lastIndex, wEnd);
    }
    visit({ start: start + at, end: start + wEnd, kind, initial, possessive });
  }
}

/** True when the gap between two tokens of one run is plain white space (no blank line). */
function joins(text: string, prev: Word, next: Word): boolean {
  if (prev.possessive) return false;
  if (next.start === prev.end) return prev.initial; // J.R.R., U.S.
  return RUN_GAP.test(text.slice(prev.end, next.start));
}

function makeRun(text: string, words: Word[]): NameRun | undefined {
  // A particle never ends a run (`de facto`, `Kelly do`): trim trailing particles.
  let last = words.length - 1;
  while (last >= 0 && words[last]!.kind === 'particle') last--;
  if (last < 0) return undefined;
  const tokens: NameToken[] = [];
  let caps = 0;
  let allCaps = true;
  for (let k = 0; k <= last; k++) {
    const w = words[k]!;
    const t = text.slice(w.start, w.end);
    tokens.push({ start: w.start, end: w.end, text: t });
    if (w.kind === 'cap' && letterCount(t) >= 2) {
      caps++;
      if (!isAllCapsWord(t)) allCaps = false;
    }
  }
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens, allCaps: allCaps && caps > 0 };
}

/**
 * Reads the runs of capitalised words in `text[start, end)` (default: the whole text),
 * in text order. Offsets refer to the full `text`.
 */
export function readNameRuns(text: string, start = 0, end = text.length): NameRun[] {
  const runs: NameRun[] = [];
  let current: Word[] = [];
  const flush = (): void => {
    if (current.length > 0) {
      const run = makeRun(text, current);
      if (run) runs.push(run);
      current = [];
    }
  };
  readWords(text, start, end, (w) => {
    if (!w) {
      flush();
      return;
    }
    const prev = current[current.length - 1];
    if (prev && !joins(text, prev, w)) flush();
    current.push(w);
    if (w.possessive) flush();
  });
  flush();
  return runs;
}
