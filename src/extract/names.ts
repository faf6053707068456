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
import { memoizedUnitTest } from '../core/unit-test.js';

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
  'bin', 'ibn', 'bint', 'binti', 'ben', 'al', 'el', 'y', 'ap', 'ab', 'verch', 'ferch',
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
  // ASCII first and second characters (nearly every token): a capital, then a stop or nothing.
  const n = token.length;
  const c = token.charCodeAt(0);
  if (c < 0x80 && (n === 1 || token.charCodeAt(1) < 0x80)) return c >= 65 && c <= 90 && (n === 1 || (n === 2 && token.charCodeAt(1) === 46));
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

const JOINERS = /['\u2019\u02BC\-\u2010\u2011]/u;

/** The kind of a word that the scan in {@link readNameRuns} could not settle from its code units. */
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
/** Classes of astral code points seen so far (letter, mark, digit bits). */
const cpClasses = new Map<number, number>();

/** The {@link CP_LETTER} / {@link CP_MARK} / {@link CP_DIGIT} bits of a character (one or two code units). */
function classOf(ch: string): number {
  return (/\p{L}/u.test(ch) ? CP_LETTER : 0) | (/\p{M}/u.test(ch) ? CP_MARK : 0) | (/\p{N}/u.test(ch) ? CP_DIGIT : 0);
}

/** The class bits of astral code point `cp`. */
function astralClass(cp: number): number {
  let c = cpClasses.get(cp);
  if (c === undefined) {
    c = classOf(String.fromCodePoint(cp));
    if (cpClasses.size < 100_000) cpClasses.set(cp, c);
  }
  return c;
}

/**
 * Class bits of every BMP code unit, plus {@link KNOWN} once computed (a lone surrogate
 * is nothing: no letter, mark or digit). ASCII is filled in up front; the rest on first
 * sight, so the scan below is one array read per code unit.
 */
const KNOWN = 8;
const UNIT_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) {
  const ascii = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? CP_LETTER : c >= 48 && c <= 57 ? CP_DIGIT : 0;
  UNIT_CLASS[c] = ascii | KNOWN;
}

/** The class bits of BMP code unit `c` (not half of a surrogate pair). */
/** The class bits of ASCII units. */
const ASCII_CLASS = UNIT_CLASS.map((k, c) => (c < 0x80 ? k & ~KNOWN : 0)).subarray(0, 0x80);

function unitClass(c: number): number {
  let k = UNIT_CLASS[c]!;
  if (k === 0) {
    k = classOf(String.fromCharCode(c)) | KNOWN;
    UNIT_CLASS[c] = k;
  }
  return k & ~KNOWN;
}

/** A BMP unit that is a capital alone (`UPPER`: Lu or Lt). */
const isUpperUnit = memoizedUnitTest(UPPER);

function isJoinerCode(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x02bc || c === 45 || c === 0x2010 || c === 0x2011;
}

function isApostropheCode(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x02bc;
}

/** Length of the longest name particle (UTF-16 units). */
const LONGEST_PARTICLE = Math.max(...[...NAME_PARTICLES].map((p) => p.length));

/** A word of `a`–`z` only, at most {@link LONGEST_PARTICLE} long, as a number (base 27), or -1. */
function packLower(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return -1;
    v = v * 27 + (c - 96);
  }
  return v;
}

/**
 * The name particles packed by {@link packLower}, in a small open-addressing table (-1:
 * empty): a look-up with no string made, for the many short lower-case words.
 */
const PACKED_PARTICLES = new Int32Array(128).fill(-1);
for (const p of NAME_PARTICLES) {
  const v = packLower(p, 0, p.length);
  let i = v & 127;
  while (PACKED_PARTICLES[i] !== -1) i = (i + 1) & 127;
  PACKED_PARTICLES[i] = v;
}

/** True when `s[from, to)` is a name particle (`to - from` at most {@link LONGEST_PARTICLE}). */
function isParticleAt(s: string, from: number, to: number): boolean {
  const v = packLower(s, from, to);
  if (v < 0) return false;
  for (let i = v & 127; ; i = (i + 1) & 127) {
    const e = PACKED_PARTICLES[i]!;
    if (e === v) return true;
    if (e === -1) return false;
  }
}

/** The word last found by {@link nextWord}: `[wordStart, wordEnd)`, its flags, and its first digit's offset (or -1). */
let wordStart = 0;
let wordEnd = 0;
let wordFlags = 0;
let wordDigitAt = -1;
/** The word holds a joiner ({@link JOINERS}: between its parts, or U+02BC, which is a letter). */
const HAS_JOINER = 1;
/** The word holds an apostrophe (so may end in a possessive). */
const HAS_APOSTROPHE = 2;

/**
 * A word: a letter or digit, then letters, marks and digits, with inner hyphens and
 * apostrophes that are followed by a letter (the pattern
 * `[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019\u02BC\-\u2010\u2011]\p{L}[\p{L}\p{M}\p{N}]*)*`,
 * as the regular expression scans it, greedily), with no match object or string per word.
 *
 * Finds the next word of `s[0, n)` at or after `from` (reading nothing at or past `n`, as
 * if the string ended there) and leaves it in {@link wordStart}, {@link wordEnd},
 * {@link wordFlags} and {@link wordDigitAt}; false when there is none.
 */
function nextWord(s: string, from: number, n: number): boolean {
  let p = from;
  for (;;) {
    if (p >= n) return false;
    const c = s.charCodeAt(p);
    if (c < 0x80) {
      if (ASCII_CLASS[c] !== 0) break;
      p++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && p + 1 < n) {
      const d = s.charCodeAt(p + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (astralClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) & (CP_LETTER | CP_DIGIT)) break;
        p += 2;
        continue;
      }
    }
    if (unitClass(c) & (CP_LETTER | CP_DIGIT)) break;
    p++;
  }
  const start = p;
  let flags = 0;
  let digitAt = -1;
  for (;;) {
    while (p < n) {
      const c = s.charCodeAt(p);
      // ASCII letters (nearly every unit): `c | 32` is a–z for A–Z and a–z only.
      if (((c | 32) - 97) >>> 0 < 26) {
        p++;
        continue;
      }
      let k: number;
      let width = 1;
      if (c < 0x80) k = ASCII_CLASS[c]!;
      else {
        if (c >= 0xd800 && c <= 0xdbff && p + 1 < n) {
          const d = s.charCodeAt(p + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            k = astralClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
            width = 2;
          } else k = unitClass(c);
        } else k = unitClass(c);
        if (c === 0x02bc) flags |= HAS_JOINER | HAS_APOSTROPHE; // a letter (Lm), and an apostrophe
      }
      if (k === 0) break;
      if (k & CP_DIGIT && digitAt < 0) digitAt = p;
      p += width;
    }
    if (p + 1 < n) {
      const c = s.charCodeAt(p);
      if (isJoinerCode(c)) {
        const d = s.charCodeAt(p + 1);
        let k: number;
        let width = 1;
        if (d >= 0xd800 && d <= 0xdbff && p + 2 < n && (s.charCodeAt(p + 2) & 0xfc00) === 0xdc00) {
          k = astralClass(((d - 0xd800) << 10) + (s.charCodeAt(p + 2) - 0xdc00) + 0x10000);
          width = 2;
        } else k = unitClass(d);
        if (k & CP_LETTER) {
          // (The letter may be U+02BC, an apostrophe too.)
          flags |= HAS_JOINER | (isApostropheCode(c) || d === 0x02bc ? HAS_APOSTROPHE : 0);
          p += 1 + width;
          continue;
        }
      }
    }
    break;
  }
  wordStart = start;
  wordEnd = p;
  wordFlags = flags;
  wordDigitAt = digitAt;
  return true;
}

/** A possessive `'s` / `’s` at the end of a word part. */
const POSSESSIVE = /['\u2019\u02BC][sS](?![\p{L}\p{M}\p{N}])/u;
/** The gap inside a run: white space with at most one line break. */
const RUN_GAP = /^[^\S\n]*\n?[^\S\n]*$/u;

const CAP = 0;
const PARTICLE = 1;
const OTHER = 2;
const KINDS: Readonly<Record<WordKind, number>> = { cap: CAP, particle: PARTICLE, other: OTHER };

/**
 * The words of the run being read (offsets into the full text, kind, initial), kept in
 * typed arrays reused from call to call: most words are plain lower-case words that only
 * end a run, and no word needs an object until its run is made.
 */
let runStarts = new Int32Array(64);
let runEnds = new Int32Array(64);
let runKinds = new Uint8Array(64);

function grow(): void {
  const size = runStarts.length * 2;
  const starts = new Int32Array(size);
  starts.set(runStarts);
  runStarts = starts;
  const ends = new Int32Array(size);
  ends.set(runEnds);
  runEnds = ends;
  const kinds = new Uint8Array(size);
  kinds.set(runKinds);
  runKinds = kinds;
}

/**
 * What a capitalised token tells about its run being all capitals: 0 when it has fewer
 * than two letters (nothing), 1 when it has two or more not all capitals, 2 when they are
 * all capitals ({@link letterCount} and {@link isAllCapsWord}, without their per-character
 * strings for ASCII tokens).
 */
function capsOf(t: string): number {
  // ASCII (the common case): letters are A–Z and a–z, capitals A–Z.
  let letters = 0;
  let lower = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x80) return letterCount(t) >= 2 ? (isAllCapsWord(t) ? 2 : 1) : 0;
    if (c >= 97 && c <= 122) {
      letters++;
      lower = true;
    } else if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2 ? (lower ? 1 : 2) : 0;
}

/** The run of the `count` words buffered, or undefined when they are all particles. */
function makeRun(text: string, count: number): NameRun | undefined {
  // A particle never ends a run (`de facto`, `Kelly do`): trim trailing particles.
  let last = count - 1;
  while (last >= 0 && runKinds[last] === PARTICLE) last--;
  if (last < 0) return undefined;
  const tokens: NameToken[] = [];
  let caps = 0;
  let allCaps = true;
  for (let k = 0; k <= last; k++) {
    const start = runStarts[k]!;
    const end = runEnds[k]!;
    const t = text.slice(start, end);
    tokens.push({ start, end, text: t });
    if (runKinds[k] === CAP) {
      const c = capsOf(t);
      if (c > 0) {
        caps++;
        if (c === 1) allCaps = false;
      }
    }
  }
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens, allCaps: allCaps && caps > 0 };
}

/**
 * Reads the runs of capitalised words in `text[start, end)` (default: the whole text),
 * in text order. Offsets refer to the full `text`.
 *
 * One scan of the code units: a word's kind is mostly settled from them (a lower-case
 * ASCII word is a particle or ends the run, an ASCII capital opens a capitalised word
 * unless a digit follows), and only the rest is cut out and classified as a string.
 */
export function readNameRuns(text: string, start = 0, end = text.length): NameRun[] {
  // The words of `text[start, end)` are read in place, as in `text.slice(start, end)` (a
  // slice would be a sliced string, slower to index): nothing at or past `end` is read.
  if (end > text.length) end = text.length;
  if (start > end) start = end;
  const runs: NameRun[] = [];
  /** Words buffered for the current run, and whether the last one is an initial. */
  let count = 0;
  let lastInitial = false;
  const flush = (): void => {
    if (count > 0) {
      const run = makeRun(text, count);
      if (run) runs.push(run);
      count = 0;
    }
  };
  let lastIndex = start;
  while (nextWord(text, lastIndex, end)) {
    const at = wordStart;
    lastIndex = wordEnd;
    // A slice that starts or ends inside a word drops that partial word.
    if (at === start && start > 0 && isWordPart(charAt(text, start - 1))) continue;
    if (lastIndex === end && end < text.length && isWordPart(charAt(text, end))) continue;
    const c0 = text.charCodeAt(at);
    let kind: number;
    let wEnd = lastIndex;
    let possessive = false;
    if (c0 >= 97 && c0 <= 122 && !(wordFlags & HAS_JOINER)) {
      // A plain lower-case word: a particle or nothing (no joiner, so no possessive either).
      kind = lastIndex - at <= LONGEST_PARTICLE && isParticleAt(text, at, lastIndex) ? PARTICLE : OTHER;
    } else {
      if (wordFlags & HAS_APOSTROPHE && lastIndex - at > 2) {
        const p = POSSESSIVE.exec(text.slice(at, lastIndex));
        if (p) {
          // Kelly's, Kelly’s: the 's is not part of the name, and it ends the run.
          wEnd = at + p.index;
          possessive = true;
          lastIndex = at + p.index + 2;
        }
      }
      // A capital (ASCII, or one BMP unit: `É`, `Ø`): capitalised unless the word (what
      // is left of it) holds a digit, as `classify` finds.
      if ((c0 >= 65 && c0 <= 90) || (c0 >= 0x80 && (c0 & 0xf800) !== 0xd800 && isUpperUnit(c0))) {
        kind = wordDigitAt >= 0 && wordDigitAt < wEnd ? OTHER : CAP;
      } else kind = KINDS[classify(text.slice(at, wEnd))];
    }
    if (kind === OTHER) {
      flush();
      continue;
    }
    let tokEnd = wEnd;
    let initial = false;
    if (wEnd - at <= 2 && wEnd < end && text.charCodeAt(wEnd) === 46 /* . */ && (wEnd - at === 1 && c0 >= 65 && c0 <= 90 ? true : isInitial(text.slice(at, wEnd)))) {
      tokEnd += 1;
      initial = true;
      lastIndex = Math.max(lastIndex, tokEnd);
    }
    if (count > 0 && !joins(text, runEnds[count - 1]!, lastInitial, at)) flush();
    if (count === runStarts.length) grow();
    runStarts[count] = at;
    runEnds[count] = tokEnd;
    runKinds[count] = kind;
    count++;
    lastInitial = initial;
    if (possessive) flush();
  }
  flush();
  return runs;
}

/**
 * True when the gap `text[prevEnd, nextStart)` between two tokens of one run is plain
 * white space (no blank line); tokens that touch join only after an initial (J.R.R., U.S.).
 * (A possessive token ends its run before any other token comes.)
 */
function joins(text: string, prevEnd: number, prevInitial: boolean, nextStart: number): boolean {
  if (nextStart === prevEnd) return prevInitial;
  if (nextStart === prevEnd + 1 && text.charCodeAt(prevEnd) === 32) return true; // one space, the common case
  return RUN_GAP.test(text.slice(prevEnd, nextStart));
}
