/**
 * Reads an article once for the `quote` kind (SPEC §2 "kind: quote"; ARCHITECTURE
 * property 6, "extract once, judge many"): its word tokens, normalised, with their
 * original offsets, and the passages it puts in quotation marks. Every quote claim is then
 * matched against this index (`kinds/quote/match.ts`) without rescanning the text.
 *
 * Words. A word is a run of characters between separators — white space, dashes of every
 * kind, double quotation marks, brackets and parentheses, ellipses (`…`, `..`), and `, ; :`
 * unless between digits (`191,000`, `3:30`), and `! ?` — with punctuation at either edge
 * stripped (`“We` → `we`, `impossible.` → `impossible`, `'no` → `no`). Its `norm` is folded
 * by `core/fold.ts` (lower case, no diacritics, typographic → straight apostrophes), so
 * `doesn’t` and `doesn't` are the same word. Dashes separate words, so `non-Mexican`,
 * `non–Mexican` and `non — Mexican` all read `non mexican`: SPEC §2 normalises dashes, and
 * this is the one reading that makes them agree.
 *
 * Quoted passages. Quotation marks are read in all the styles newsrooms use: AP straight
 * `"…"`, curly `“…”`, British single `‘…’` / `'…'`, guillemets `«…»` and `‹…›`, German
 * `„…“`. Whether a mark opens or closes is decided by what flanks it (space before and a
 * letter after opens, the reverse closes), falling back on the glyph (`“` opens, `”`
 * closes) and, for straight marks, on whether a passage of that class is open. A single
 * mark inside a word (`doesn’t`) is an apostrophe; a single closing mark right after `s`
 * and before a word (`the officials’ visit`) is a possessive unless no other closing mark
 * follows before the next opening one. Nested quotations belong to their outer passage;
 * only outermost passages are listed. Marks pair within a paragraph (a blank line ends
 * one); a double quotation still open at a paragraph end runs to that end (the convention
 * for quotations over several paragraphs, each reopened with a mark, never closed), and a
 * passage reopened at the start of the next paragraph or line `continues` it. An opening
 * single mark never closed is an apostrophe and gives no passage; one before a digit or a
 * common elision (`'90s`, `'em`, `rock 'n' roll`) is never read as a mark.
 *
 * Quotations split by attribution (`“We told them,” he said, “it is impossible.”`): each
 * passage is listed on its own; a passage that follows the previous one in the same
 * paragraph with at most {@link MAX_ATTRIBUTION_WORDS} words between them, and no sentence
 * ending inside those words (`he added.` may end one; `he said. The visit ended.` is
 * narration), is marked `continues`, so the matcher can read the two as one quotation.
 *
 * All offsets are UTF-16 code units into the original text, half-open `[start, end)`.
 */
import { foldChar } from '../core/fold.js';
import { lowerBound } from '../core/span.js';

/** One word of the article. */
export interface Word {
  /** Original offset of the word's first character (edge punctuation excluded). */
  start: number;
  /** Original offset just after the word's last character (half-open). */
  end: number;
  /** The folded word: lower case, no diacritics, straight apostrophes, no edge punctuation. */
  norm: string;
}

/** A passage the article puts in quotation marks. */
export interface QuotedPassage {
  /**
   * `[start, end)`: the text inside the quotation marks, without white space and sentence
   * punctuation (`, . ; : ! ? …` and dashes) at either end. Nested marks and brackets stay.
   */
  start: number;
  end: number;
  /** Its words: `words[wordFrom]` … `words[wordTo - 1]`. */
  wordFrom: number;
  wordTo: number;
  /**
   * True when this passage carries on the previous one: the same quotation split by a short
   * attribution (`“We told them,” he said, “it is impossible.”`), or reopened at the start
   * of the next paragraph after a quotation left open. Absent means false.
   */
  continues?: boolean;
}

/** An article read for quote matching. */
export interface QuoteIndex {
  /** Every word of the body, in text order (from `readQuoteIndex`: built on first use). */
  words: Word[];
  /** Outermost quoted passages, in text order, not overlapping. */
  passages: QuotedPassage[];
  /**
   * Per word (same index as `words`), the `WORD_*` bits below. Optional so that a
   * hand-built index still works (every bit then reads 0).
   */
  flags?: Uint8Array;
  /**
   * The words' `norm`, `start` and `end`, an array each (same index as `words`): what the
   * matcher and the claim index read, with no object per word. `readQuoteIndex` sets them;
   * optional so that a hand-built index still works (they are then read from `words`).
   */
  norms?: readonly string[];
  starts?: readonly number[];
  ends?: readonly number[];
  /** `hashWord` of each word's `norm`, so the tables keyed by words need not hash them again. */
  hashes?: Int32Array;
}

/**
 * What `readQuoteIndex` returns: the words as three arrays, and `words` made from them only
 * when something asks (the check never does; `discover` and the tests do).
 */
class ReadQuoteIndex implements QuoteIndex {
  private made: Word[] | undefined;

  constructor(
    readonly norms: string[],
    readonly starts: number[],
    readonly ends: number[],
    readonly hashes: Int32Array,
    public passages: QuotedPassage[],
    public flags: Uint8Array,
  ) {}

  get words(): Word[] {
    return (this.made ??= this.norms.map((norm, i) => ({ start: this.starts[i]!, end: this.ends[i]!, norm })));
  }
}

/** Words as `readWords` gives them: an array per field, same index. */
interface WordArrays {
  norms: string[];
  starts: number[];
  ends: number[];
  hashes: Int32Array;
}

/** An index's words as arrays: its own, or (a hand-built index) read from `words`. */
export function wordArrays(index: QuoteIndex): { norms: readonly string[]; starts: readonly number[]; ends: readonly number[]; hashes: Int32Array } {
  if (index.norms && index.starts && index.ends && index.hashes) return { norms: index.norms, starts: index.starts, ends: index.ends, hashes: index.hashes };
  const { words } = index;
  const norms = words.map((w) => w.norm);
  return { norms, starts: words.map((w) => w.start), ends: words.map((w) => w.end), hashes: Int32Array.from(norms, hashWord) };
}

/** The word is followed by clause punctuation, a quotation mark, a bracket or a paragraph break. */
export const WORD_BOUNDARY = 1;
/** An ellipsis (`…`, `...`, `. . .`, `[...]`) stands between the word and the next. */
export const WORD_ELLIPSIS = 2;
/** A paragraph break (a blank line) follows the word. */
export const WORD_PARAGRAPH = 4;
/** The word is inside square brackets: an editorial insertion (`[the president]`). */
export const WORD_BRACKETED = 8;
/** A sentence end (`.`, `!`, `?`) follows the word. */
export const WORD_SENTENCE_END = 16;

/**
 * FNV-1a over a word's UTF-16 code units: the hash of the word tables that the quote
 * matcher and the quote index keep in typed arrays. Every article word is looked up once
 * or more; probing such a table costs less than a `Map` keyed by freshly cut strings.
 */
export function hashWord(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Most words of attribution between two passages that still read as one split quotation. */
export const MAX_ATTRIBUTION_WORDS = 12;

/** Most quotation marks kept open at once while pairing (see `readPairs`). */
const MAX_NESTING = 8;

type MarkClass = 'd' | 's';
type Role = 'open' | 'close' | 'toggle';

interface Mark {
  pos: number;
  cls: MarkClass;
  role: Role;
  /** A single closing mark that may be a possessive apostrophe (`officials’ visit`). */
  weak: boolean;
  /** Only white space precedes the mark on its line. */
  atLineStart: boolean;
  /** 0-based line number of the mark. */
  line: number;
  /** Offset of the line break that starts the mark's line (or the scan start). */
  lineBegin: number;
  continues?: boolean;
}

interface Pair {
  open: number;
  close: number;
  continues: boolean;
}

const DOUBLE_MARKS = '"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033';
const SINGLE_MARKS = "'\u2018\u2019\u201A\u201B\u2039\u203A\u2032";
/** Glyph defaults when flanking does not decide. */
const GLYPH_ROLE: Record<string, Role> = {
  '"': 'toggle', "'": 'toggle', '\u2033': 'toggle', '\u2032': 'toggle',
  '\u201C': 'open', '\u201E': 'open', '\u201F': 'open', '\u00AB': 'open',
  '\u2018': 'open', '\u201A': 'open', '\u201B': 'open', '\u2039': 'open',
  '\u201D': 'close', '\u00BB': 'close', '\u2019': 'close', '\u203A': 'close',
};

const WORDISH = /[\p{L}\p{N}\p{M}]/u;
/** After an apostrophe that starts a word: a decade or year (`'90s`, `'16`) or a common elision. */
const ELISION = /^(?:\d|(?:em|til|cause|tis|twas|n)(?![\p{L}\p{N}]))/iu;
const SPACE = /\s/;

function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0x80) return false;
  return SPACE.test(String.fromCharCode(c));
}

/** Characters after which a quotation mark reads as opening (it is "left-flanking"). */
function isOpenContext(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  const c = ch.charCodeAt(0);
  if (isSpaceCode(c)) return true;
  return '([{<\u2014\u2013\u2012\u2015-/'.includes(ch) || DOUBLE_MARKS.includes(ch) || SINGLE_MARKS.includes(ch);
}

/** Characters before which a quotation mark reads as closing (it is "right-flanking"). */
function isCloseContext(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  const c = ch.charCodeAt(0);
  if (isSpaceCode(c)) return true;
  return '.,;:!?)]}>\u2026\u2014\u2013\u2012\u2015-/'.includes(ch) || DOUBLE_MARKS.includes(ch) || SINGLE_MARKS.includes(ch);
}

function isWordFolded(f: string): boolean {
  if (f.length === 0) return false;
  const c = f.charCodeAt(0);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return WORDISH.test(f);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Splits `text.slice(start, end)` into words (see the file comment). Returns the words
 * in order; the caller computes flags from the gaps between them.
 */
function readWords(text: string, start: number, end: number): WordArrays {
  const norms: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // A word takes a character and a separator at least.
  const hashes = new Int32Array(Math.max(0, (end - start + 1) >> 1) + 1);
  const isAsciiWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // Emits the token text[ts, te): edge punctuation stripped, folded.
  const flush = (ts: number, te: number, ascii: boolean): void => {
    if (ascii) {
      let a = ts;
      let b = te;
      while (a < b && !isAsciiWord(text.charCodeAt(a))) a++;
      while (b > a && !isAsciiWord(text.charCodeAt(b - 1))) b--;
      if (a >= b) return;
      // The folded word's hash (ASCII folds A-Z only, and most words have none).
      let h = FNV_OFFSET;
      let upper = false;
      for (let i = a; i < b; i++) {
        let c = text.charCodeAt(i);
        if (c >= 65 && c <= 90) {
          c += 32;
          upper = true;
        }
        h = Math.imul(h ^ c, FNV_PRIME);
      }
      hashes[norms.length] = h;
      starts.push(a);
      ends.push(b);
      norms.push(upper ? text.slice(a, b).toLowerCase() : text.slice(a, b));
      return;
    }
    // One entry per code point: folded form and original offsets.
    const tf: string[] = [];
    const cs: number[] = [];
    const ce: number[] = [];
    for (let i = ts; i < te; ) {
      const code = text.charCodeAt(i);
      let len = 1;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < te) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) len = 2;
      }
      // Soft hyphens and zero-width characters vanish (`inter\u00ADnational`).
      const invisible = code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
      tf.push(invisible ? '' : code < 0x80 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!) : foldChar(text.slice(i, i + len)));
      cs.push(i);
      ce.push(i + len);
      i += len;
    }
    let a = 0;
    let b = tf.length - 1;
    while (a <= b && !isWordFolded(tf[a]!)) a++;
    while (b > a && !isWordFolded(tf[b]!)) b--;
    if (a > b) return;
    let norm = '';
    for (let k = a; k <= b; k++) norm += tf[k]!;
    hashes[norms.length] = hashWord(norm);
    starts.push(cs[a]!);
    ends.push(ce[b]!);
    norms.push(norm);
  };
  let tokenStart = -1;
  let ascii = true;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    let len = 1;
    let sep: boolean;
    if (code < 0x80) {
      switch (code) {
        case 32: case 9: case 10: case 11: case 12: case 13:
        case 34: /* " */ case 45: /* - */ case 40: case 41: case 91: case 93: case 123: case 125:
        case 33: /* ! */ case 63: /* ? */
          sep = true;
          break;
        case 44: case 58: case 59: // , : ; — separators unless between digits
          sep = !(i > start && isDigitCode(text.charCodeAt(i - 1)) && i + 1 < end && isDigitCode(text.charCodeAt(i + 1)));
          break;
        case 46: // . — a separator only in a run of dots (an ellipsis)
          sep = (i > start && text.charCodeAt(i - 1) === 46) || (i + 1 < end && text.charCodeAt(i + 1) === 46);
          break;
        default:
          sep = false;
      }
    } else {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) len = 2;
      }
      const ch = len === 1 ? text[i]! : text.slice(i, i + 2);
      const f = foldChar(ch);
      sep = f === ' ' || f === '-' || f === '"' || ch === '\u2026' || isSpaceCode(code);
    }
    if (sep) {
      if (tokenStart >= 0) flush(tokenStart, i, ascii);
      tokenStart = -1;
    } else {
      if (tokenStart < 0) {
        tokenStart = i;
        ascii = true;
      }
      if (code >= 0x80) ascii = false;
    }
    i += len;
  }
  if (tokenStart >= 0) flush(tokenStart, end, ascii);
  return { norms, starts, ends, hashes: hashes.slice(0, norms.length) };
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'prof',
  'rev', 'hon', 'vs', 'etc', 'inc', 'co', 'corp', 'ltd', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
]);

/** A word after which a period is part of the word: `u.s`, an initial, `mr`. */
function isAbbreviation(norm: string): boolean {
  return norm.length === 1 || norm.includes('.') || ABBREVIATIONS.has(norm);
}

/** Computes the `WORD_*` flags from the text between words; square-bracket depth is tracked. */
function readFlags(text: string, start: number, end: number, words: WordArrays): Uint8Array {
  const { norms, starts, ends } = words;
  const flags = new Uint8Array(norms.length);
  let depth = 0;
  const scanGap = (from: number, to: number, before: string | undefined): number => {
    let bits = 0;
    let newlines = 0; // newlines seen with only white space between them
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 0x2029) {
        if (newlines > 0 || c === 0x2029) {
          bits |= WORD_PARAGRAPH | WORD_BOUNDARY;
          depth = 0;
        }
        newlines++;
        continue;
      }
      if (isSpaceCode(c)) continue;
      newlines = 0;
      const ch = text[k]!;
      if (ch === '[') {
        depth++;
        bits |= WORD_BOUNDARY;
      } else if (ch === ']') {
        if (depth > 0) depth--;
        bits |= WORD_BOUNDARY;
      } else if (ch === '\u2026' || (ch === '.' && (text[k + 1] === '.' || text[k - 1] === '.' || (text[k + 1] === ' ' && text[k + 2] === '.') || (text[k - 1] === ' ' && text[k - 2] === '.')))) {
        // "…", "...", and the spaced ". . ." some styles use
        bits |= WORD_ELLIPSIS | WORD_BOUNDARY;
      } else if (ch === '.' && k === from && before !== undefined && isAbbreviation(before)) {
        // `U.S.`, `F.`, `Mr.`: the period belongs to the word, no clause ends.
      } else if (ch === '.' || ch === '!' || ch === '?') {
        bits |= WORD_BOUNDARY | WORD_SENTENCE_END;
      } else if (',;:()'.includes(ch) || DOUBLE_MARKS.includes(ch) || SINGLE_MARKS.includes(ch)) {
        bits |= WORD_BOUNDARY;
      } else if (foldChar(ch) === '-') {
        // A dash set off by spaces is a clause break; a hyphen inside a compound is not.
        if (isSpaceCode(text.charCodeAt(k - 1)) || isSpaceCode(text.charCodeAt(k + 1))) bits |= WORD_BOUNDARY;
      }
    }
    return bits;
  };
  const n = norms.length;
  if (n > 0) scanGap(start, starts[0]!, undefined);
  for (let w = 0; w < n; w++) {
    if (depth > 0) flags[w] = WORD_BRACKETED;
    const to = w + 1 < n ? starts[w + 1]! : end;
    flags[w] = flags[w]! | scanGap(ends[w]!, to, norms[w]);
  }
  return flags;
}

/** Finds the quotation marks of `[start, end)` and pairs them into outermost passages. */
function readPairs(text: string, start: number, end: number): Pair[] {
  const pairs: Pair[] = [];
  let marks: Mark[] = [];
  let line = 0;
  let lineBegin = start;
  let onlySpaceOnLine = true;
  let paraHasContent = false;
  let pendingContinuation = false;

  const resolve = (paraEnd: number): void => {
    if (!paraHasContent) return; // blank lines between paragraphs
    paraHasContent = false;
    if (marks.length === 0) {
      pendingContinuation = false;
      return;
    }
    const found: Pair[] = [];
    const stack: Mark[] = [];
    // For weak single closes: is there another single close before the next single open?
    const laterClose = new Array<boolean>(marks.length).fill(false);
    {
      let seen = false;
      for (let k = marks.length - 1; k >= 0; k--) {
        const m = marks[k]!;
        laterClose[k] = seen;
        if (m.cls !== 's') continue;
        if (m.role === 'open') seen = false;
        else if (m.role === 'close') seen = true;
      }
    }
    for (let k = 0; k < marks.length; k++) {
      const m = marks[k]!;
      let role = m.role;
      if (role === 'toggle') role = stack.some((e) => e.cls === m.cls) ? 'close' : 'open';
      if (role === 'open') {
        const bottom = stack[0];
        if (m.atLineStart && bottom && bottom.cls === m.cls && bottom.line < m.line) {
          // A quotation left open on an earlier line, reopened at the start of this one:
          // paragraphs separated by single line breaks.
          found.push({ open: bottom.pos, close: m.lineBegin, continues: bottom.continues === true });
          stack.length = 0;
          m.continues = true;
        } else if (k === 0 && pendingContinuation && m.atLineStart) {
          m.continues = true;
        }
        // Real quotations nest a few levels deep at most; a deeper stack is apostrophes
        // read as opening marks. Forget the oldest of them (keep the outermost quotation).
        if (stack.length >= MAX_NESTING) stack.splice(1, 1);
        stack.push(m);
        continue;
      }
      if (m.weak && laterClose[k]) continue;
      let j = stack.length - 1;
      while (j >= 0 && stack[j]!.cls !== m.cls) j--;
      if (j < 0) continue; // a stray closing mark, or an apostrophe
      found.push({ open: stack[j]!.pos, close: m.pos, continues: stack[j]!.continues === true });
      stack.length = j;
    }
    pendingContinuation = false;
    const bottom = stack[0];
    if (bottom && bottom.cls === 'd') {
      found.push({ open: bottom.pos, close: paraEnd, continues: bottom.continues === true });
      pendingContinuation = true;
    }
    // Keep the outermost pairs only.
    found.sort((a, b) => a.open - b.open || b.close - a.close);
    let lastClose = -1;
    for (const p of found) {
      if (p.open < lastClose) continue;
      pairs.push(p);
      lastClose = p.close;
    }
    marks = [];
  };

  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2029) {
      // A blank line (or a paragraph separator) ends the paragraph, at the line break
      // that ended its last line.
      if (c === 0x2029) resolve(i);
      else if (line > 0 && onlySpaceOnLine) resolve(lineBegin);
      line++;
      lineBegin = i;
      onlySpaceOnLine = true;
      continue;
    }
    if (isSpaceCode(c)) continue;
    if (c < 0x80 && c !== 34 && c !== 39) {
      // Fast path: no ASCII character but `"` and `'` is a quotation mark.
      onlySpaceOnLine = false;
      paraHasContent = true;
      continue;
    }
    const ch = text[i]!;
    const isDouble = DOUBLE_MARKS.includes(ch);
    const isSingle = !isDouble && SINGLE_MARKS.includes(ch);
    if (isDouble || isSingle) {
      const prev = i > start ? text[i - 1] : undefined;
      const next = i + 1 < end ? text[i + 1] : undefined;
      const openCtx = isOpenContext(prev);
      const closeCtx = isCloseContext(next);
      let role: Role | 'apostrophe';
      if (openCtx && !closeCtx) role = isSingle && (ch === '\u2019' || ELISION.test(text.slice(i + 1, i + 7))) ? 'apostrophe' : 'open';
      else if (closeCtx && !openCtx) role = 'close';
      else if (!openCtx && !closeCtx) role = isSingle ? 'apostrophe' : GLYPH_ROLE[ch]!;
      else role = GLYPH_ROLE[ch]!;
      if (role !== 'apostrophe') {
        const weak =
          isSingle && role === 'close' && (prev === 's' || prev === 'S') && next === ' ' && i + 2 < end && WORDISH.test(text[i + 2]!);
        marks.push({ pos: i, cls: isDouble ? 'd' : 's', role, weak, atLineStart: onlySpaceOnLine, line, lineBegin });
      }
    }
    onlySpaceOnLine = false;
    paraHasContent = true;
  }
  resolve(end);
  return pairs;
}

const TRIM = /[\s.,;:!?\u2026\-\u2010-\u2015]/;

/** Lower bound: the first word whose start is at or after `offset`. */
function firstWordAt(starts: readonly number[], offset: number): number {
  return lowerBound(starts, offset);
}

/**
 * Reads `text.slice(start, end)` (the article body; `start` skips a metadata header) into
 * its words, their flags and its outermost quoted passages. Linear in the text length.
 */
export function readQuoteIndex(text: string, start = 0, end: number = text.length): QuoteIndex {
  const words = readWords(text, start, end);
  const flags = readFlags(text, start, end, words);
  const passages: QuotedPassage[] = [];
  for (const pair of readPairs(text, start, end)) {
    let s = pair.open + 1;
    let e = pair.close;
    while (s < e && TRIM.test(text[s]!)) s++;
    while (e > s && TRIM.test(text[e - 1]!)) e--;
    if (s >= e) continue;
    const wordFrom = firstWordAt(words.starts, s);
    const wordTo = firstWordAt(words.starts, e);
    if (wordFrom >= wordTo) continue;
    const passage: QuotedPassage = { start: s, end: e, wordFrom, wordTo };
    const prev = passages[passages.length - 1];
    if (prev) {
      let continues = pair.continues;
      if (!continues && wordFrom - prev.wordTo <= MAX_ATTRIBUTION_WORDS) {
        // Same paragraph, and the words between are one attribution: no sentence ends
        // inside it (`he said. The officials’ visit. ‘It’s over’` is two quotations).
        continues = true;
        for (let w = prev.wordTo - 1; w < wordFrom; w++) {
          const f = flags[w]!;
          if ((f & WORD_PARAGRAPH) !== 0 || ((f & WORD_SENTENCE_END) !== 0 && w >= prev.wordTo && w < wordFrom - 1)) {
            continues = false;
            break;
          }
        }
      }
      if (continues) passage.continues = true;
    }
    passages.push(passage);
  }
  return new ReadQuoteIndex(words.norms, words.starts, words.ends, words.hashes, passages, flags);
}
