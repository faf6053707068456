/**
 * Sentence boundaries for news text (SPEC §2 "Cue sentences": a claim looks for cues and
 * mentions within one sentence, so a false split separates a cue from its number and a
 * false merge lets a neighbour's number in).
 *
 * ## How it was chosen (measured; Node 20.20, ICU 78.2)
 *
 * Gold: the 5 seed articles (94 sentences) and 160 hand-written passages in the styles
 * of AP, Reuters, BBC, the Guardian, tabloids and the financial press (abbreviations,
 * initials, datelines, headlines, quotes, ellipses, bullets, Markdown, CRLF, hard wraps).
 * A boundary is right when a sentence ends exactly where the gold one does; "false
 * splits" are boundaries the gold does not have. The passages came in three batches:
 * 85 written while building the repairs (the rules fit them by construction), 47 held
 * out and 28 written after the rules were frozen and scored once ("blind").
 *
 *   all 165 documents, 248 boundaries       right    false splits   F1
 *   Intl.Segmenter('en', sentence)          246       95            83.5
 *   sentence-splitter 5.0.1                 193       38            80.6
 *   sbd 1.0.19                              189       20            82.7
 *   sbd, newline_boundaries                 238       28            92.6
 *   sentence-splitter + our layout/repairs  236        1            97.3
 *   sbd + our layout/repairs                239        1            98.0
 *   Intl + our layout only                  245       84            84.9
 *   Intl + our layout/repairs (this file)   247        0            99.8
 *
 *   first scoring of unseen text            held out (44)            blind (27)
 *   Intl.Segmenter                          44 right, 20 false       27 right, 15 false
 *   sentence-splitter                       35 right, 13 false       22 right,  7 false
 *   sbd, newline_boundaries                 43 right,  5 false       27 right,  8 false
 *   this file (as it was then)              44 right,  3 false       26 right,  1 false
 *
 * Seed articles alone (89 boundaries): Intl 89 right / 5 false, sentence-splitter 78 / 3,
 * sbd 68 / 2 (89 / 2 with newline_boundaries), this file 89 / 0. On pragmatic_segmenter's
 * English "Golden Rules" (51 items, 34 boundaries, mostly non-news: inline numbered lists,
 * ". . ." ellipses) this file gets 23 right / 14 false, as sentence-splitter; Intl 26 / 31.
 *
 * What each gets wrong: UAX #29 (Intl) knows no abbreviations ("Mr. | Smith",
 * "U.S. | Border Patrol", "John F. | Kelly", "No. | 10") and breaks after a quoted
 * question ("“Why not?” | he asked"); sentence-splitter breaks at "..." and before the
 * closing quote of "“Why not?” he asked", and ignores blank lines; sbd merges after
 * every abbreviation it knows ("Apple Inc. The company", "etc. The", "Dr. The") and
 * returns strings, not offsets. No library treats a blank line or a headline line as a
 * boundary by default, nor strips bullets. So: layout first (hand-written), UAX #29 for
 * the ordinary full stops, ?, !, closing quotes and decimals (it does those right), and
 * hand-written repairs for what none does right.
 *
 * Speed, 31 MB of news text (the seeds repeated), one call per article: Intl alone
 * 0.4 s, sbd 0.9 s, sentence-splitter about 26 s (1.2 MB/s, 25 times slower), this file
 * 0.9-1.2 s (26-33 MB/s; one 31 MB file or one 31 MB paragraph 1.2-1.4 s). Intl alone on
 * one long string is quadratic in V8 (256 KB: 3 s; 1 MB: 36 s), hence the windows below.
 * Intl is built in, so this file adds no dependency.
 *
 * Decisions: a blank line always ends a sentence; so does a line break, unless the block
 * is hard-wrapped (see isHardWrapped); list and heading markers are not sentence text;
 * a quotation of several sentences is split at its full stops ("“ We told them it is
 * impossible." | "There is no way, legally, nor is there capacity.”") and a closing quote
 * after a full stop ends the sentence before it; a spaced "..." / "…" is an elision
 * unless a word that starts sentences follows, an attached one ("terrified... I") ends
 * the sentence before a capital.
 *
 * Known limits: an ambiguous abbreviation ("U.S.", "Inc.", "a.m.", initials) before a
 * capitalised word that is not a typical sentence opener is kept in the sentence
 * ("He moved to the U.S. Mexico said no." stays one sentence); after a state
 * abbreviation a capital always starts a sentence ("Key West, Fla. | Officials said"),
 * wrong only in the rare "Springfield, Mass. Police Chief X said"; a quoted question
 * before a capitalised word that is no name-plus-speech-verb splits ("“Really?” | The
 * president said"); inline numbered lists ("1.) one 2.) two") are not split; a line
 * ending in a comma or a function word makes its block hard-wrapped ("Image
 * caption,\nProtesters gathered" is one sentence).
 */

/** A sentence as a half-open range `[start, end)` of UTF-16 offsets into the full text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Splits `text.slice(start, end)` into sentences.
 *
 * Offsets are absolute (into `text`), half-open, in UTF-16 code units. Each span is
 * trimmed of surrounding white space, is never empty and contains at least one letter
 * or digit; spans are sorted and do not overlap. `start` is where the article body
 * begins (after a metadata header), `end` defaults to the end of the text.
 *
 * Layout decides first: a blank line always ends a sentence; a line break ends one
 * too (a news .txt line is a paragraph, a headline or a dateline), except inside a
 * hard-wrapped paragraph; list bullets, Markdown heading/quote/list markers are not
 * part of the sentence. Within a paragraph, `Intl.Segmenter` (Unicode UAX #29) gives
 * candidate boundaries, then abbreviations, initials, ellipses and quoted questions
 * followed by their attribution are repaired.
 */
export function splitSentences(text: string, start = 0, end: number = text.length): SentenceSpan[] {
  const from = clamp(start, 0, text.length);
  const to = clamp(end, from, text.length);
  const out: SentenceSpan[] = [];
  for (const block of readBlocks(text, from, to)) {
    for (const unit of readUnits(text, block)) splitUnit(text, unit, out);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Layout: lines → blocks (separated by blank lines) → units (paragraphs/lines).

interface Line {
  /** First and one-past-last non-white-space character (equal for a blank line). */
  start: number;
  end: number;
}

/** A run of consecutive non-blank lines. */
type Block = Line[];

/** A stretch of text that sentences never cross; may contain line breaks (wrapped text). */
interface Unit {
  start: number;
  end: number;
  heading: boolean;
}

const LINE_BREAK = /\r\n?|[\n\u2028\u2029\u0085]/g;

function readBlocks(text: string, from: number, to: number): Block[] {
  const blocks: Block[] = [];
  let block: Block = [];
  const push = (a: number, b: number): void => {
    const line = trimRange(text, a, Math.max(a, b));
    if (line.start === line.end) {
      if (block.length > 0) blocks.push(block);
      block = [];
    } else {
      block.push(line);
    }
  };
  LINE_BREAK.lastIndex = from;
  let lineStart = from;
  for (let m = LINE_BREAK.exec(text); m !== null && m.index < to; m = LINE_BREAK.exec(text)) {
    push(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  push(lineStart, to);
  if (block.length > 0) blocks.push(block);
  return blocks;
}

/** `- `, `* `, `+ `, `• ` and other bullets, `1. `/`1) `, `#` headings, `>` quotes. */
const MARKER = /^(?:(?:>[ \t]?)+|#{1,6}(?=[ \t]|$)|[-*+•◦▪▫‣⁃∙●○■□►▸▶✓✔–—](?=[ \t])|\d{1,3}[.)](?=[ \t]))[ \t]*/u;
const HEADING = /^#{1,6}(?:[ \t]|$)/;
const TERMINAL_AT_END = /[.!?…:]["'”’)\]]*$/u;
const LOWER_AT_START = /^\p{Ll}/u;
/** Words a hard-wrapped line may end with but a headline or paragraph hardly does. */
const CONNECTOR_AT_END =
  /(?:[,;]|\p{L}-|\b(?:a|an|the|of|to|in|on|at|for|from|with|by|and|or|but|nor|than|that|as|into|onto|over|under|about|after|before|between|via|whose|which|who|whom|is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|must|can|not|his|her|its|their|our|your|my|this|these|those))$/u;

/** The first characters of a line (markers) and its last ones (terminal punctuation). */
const head = (text: string, line: Line): string => text.slice(line.start, Math.min(line.end, line.start + 32));
const tail = (text: string, line: Line): string => text.slice(Math.max(line.start, line.end - 32), line.end);

function readUnits(text: string, block: Block): Unit[] {
  const wrapped = isHardWrapped(text, block);
  const units: Unit[] = [];
  let unit: Unit | undefined;
  for (const line of block) {
    const first = head(text, line);
    const marker = MARKER.exec(first);
    const heading = HEADING.test(first);
    if (unit === undefined || !wrapped || marker !== null || heading || unit.heading) {
      if (unit) units.push(unit);
      unit = { start: line.start + (marker ? marker[0].length : 0), end: line.end, heading };
    } else {
      unit.end = line.end;
    }
  }
  if (unit) units.push(unit);
  for (const u of units) {
    // "## Title ##": closing hashes are decoration too (CommonMark).
    const closing = u.heading ? /[ \t]+#+$/.exec(tail(text, u)) : null;
    if (closing && u.end - closing[0].length > u.start) u.end -= closing[0].length;
  }
  return units;
}

/**
 * A block is hard-wrapped text (line breaks are spaces) when one of its line breaks is
 * clearly mid-sentence — the line has no terminal punctuation and the next begins in
 * lower case, or the line ends with a comma or a function word — or when its lines have
 * about the same length, as a fixed-width wrap produces, and most of them end without
 * terminal punctuation. Otherwise each line is a paragraph, a headline or a dateline.
 */
function isHardWrapped(text: string, block: Block): boolean {
  if (block.length < 2) return false;
  let min = Infinity;
  let max = 0;
  let open = 0;
  let lines = 0;
  for (let i = 0; i < block.length - 1; i++) {
    const line = block[i]!;
    const end = tail(text, line);
    const next = head(text, block[i + 1]!);
    if (MARKER.test(next) || HEADING.test(head(text, line))) continue;
    const terminal = TERMINAL_AT_END.test(end);
    if (!terminal && (LOWER_AT_START.test(next) || CONNECTOR_AT_END.test(end))) return true;
    min = Math.min(min, line.end - line.start);
    max = Math.max(max, line.end - line.start);
    lines++;
    if (!terminal) open++;
  }
  return lines >= 2 && min >= 40 && max <= 100 && max - min <= 30 && open * 2 >= lines;
}

// ---------------------------------------------------------------------------------------
// Within a unit: UAX #29 candidates, then repairs.

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/**
 * V8's sentence segmenter is quadratic in the length of the string it iterates
 * (256 KB: 3 s, 1 MB: 36 s), so long units are fed to it in windows. A boundary is
 * taken from a window only when at least MARGIN characters follow it there, so UAX #29
 * saw as much context as it would in the whole text.
 */
const WINDOW = 4096;
const MARGIN = 256;

/** Candidate boundaries (absolute offsets where a new segment starts) inside a unit. */
function candidateBoundaries(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  let pos = start;
  while (pos < end) {
    const windowEnd = Math.min(end, pos + WINDOW);
    const last = windowEnd === end;
    // Line breaks inside a unit are wrapping, but UAX #29 always breaks after them.
    const slice = text.slice(pos, windowEnd).replace(/[\r\n\u2028\u2029\u0085]/g, ' ');
    let next = -1;
    for (const index of uax29Boundaries(slice)) {
      if (!last && index > slice.length - MARGIN) break;
      out.push(pos + index);
      next = pos + index;
    }
    if (last) break;
    if (next === -1) {
      // No boundary early enough (one very long sentence): go on after its last space.
      const space = slice.search(/\s\S*$/);
      next = space > 0 ? pos + space + 1 : windowEnd;
    }
    pos = next;
  }
  return out;
}

/**
 * UAX #29 sentence boundaries of `s` (the starts of its segments after the first), as
 * `Intl.Segmenter` gives them. Segmenting is most of this file's time (an ICU iterator and
 * a segment object per sentence), so text made only of characters whose Sentence_Break
 * class is known here — English news nearly always — is segmented by the rules below;
 * anything else goes to ICU. test/sentences.test.ts compares the two on random text.
 */
export function uax29Boundaries(s: string): number[] {
  const fast = ruleBoundaries(s);
  if (fast) return fast;
  const out: number[] = [];
  for (const seg of segmenter.segment(s)) if (seg.index > 0) out.push(seg.index);
  return out;
}

// Sentence_Break classes (UAX #29), for the characters this file knows.
const SB_OTHER = 0;
const SB_SP = 1;
const SB_LOWER = 2;
const SB_UPPER = 3;
const SB_NUMERIC = 4;
const SB_ATERM = 5;
const SB_STERM = 6;
const SB_CLOSE = 7;
const SB_SCONTINUE = 8;
const SB_OLETTER = 9;
/** Not known here: the text goes to ICU. */
const SB_UNKNOWN = 255;

/** Class by code unit up to U+024F (Latin-1 and Latin Extended), and a few more. */
const SB_TABLE = ((): Uint8Array => {
  const t = new Uint8Array(0x250).fill(SB_UNKNOWN);
  const set = (chars: string, c: number): void => {
    for (const ch of chars) t[ch.charCodeAt(0)] = c;
  };
  for (let c = 0x21; c < 0x7f; c++) t[c] = SB_OTHER;
  set(' \t\v\f\u00a0', SB_SP); // (line breaks are Sep: candidateBoundaries makes them spaces first)
  for (let c = 0x61; c <= 0x7a; c++) t[c] = SB_LOWER;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = SB_UPPER;
  for (let c = 0x30; c <= 0x39; c++) t[c] = SB_NUMERIC;
  set('.', SB_ATERM);
  set('!?', SB_STERM);
  set('"\'()[]{}\u00ab\u00bb', SB_CLOSE);
  set(',-:;', SB_SCONTINUE);
  set('\u00a3\u00a5\u00a7\u00a9\u00ae\u00b0\u00b1\u00d7\u00f7', SB_OTHER);
  set('\u00aa\u00ba', SB_LOWER);
  for (let c = 0xc0; c < 0x250; c++) {
    if (c === 0xd7 || c === 0xf7) continue;
    const ch = String.fromCharCode(c);
    t[c] = /\p{Lowercase}/u.test(ch) ? SB_LOWER : /\p{Uppercase}|\p{Lt}/u.test(ch) ? SB_UPPER : /\p{L}/u.test(ch) ? SB_OLETTER : SB_UNKNOWN;
  }
  return t;
})();

function sbClass(code: number): number {
  if (code < 0x250) return SB_TABLE[code]!;
  switch (code) {
    case 0x2009: // thin space
    case 0x200a: // hair space
    case 0x202f: // narrow no-break space
      return SB_SP;
    case 0x2013: // en dash
    case 0x2014: // em dash
      return SB_SCONTINUE;
    case 0x2018: // ‘ ’ ‚ “ ” „
    case 0x2019:
    case 0x201a:
    case 0x201c:
    case 0x201d:
    case 0x201e:
      return SB_CLOSE;
    case 0x2026: // … (no terminator in UAX #29)
    case 0x20ac: // €
      return SB_OTHER;
    default:
      return SB_UNKNOWN;
  }
}

/**
 * UAX #29 sentence breaking (rules SB6–SB11; SB3–SB5 never apply to the characters known
 * here), or undefined when `s` holds a character whose class is not known here. A break
 * can only follow a terminator (SATerm), its closing punctuation (Close*) and spaces (Sp*):
 *   SB6   ATerm × Numeric
 *   SB7   (Upper | Lower) ATerm × Upper
 *   SB8   ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower
 *   SB8a  SATerm Close* Sp* × (SContinue | SATerm)
 *   SB9–SB11  otherwise, break after SATerm Close* Sp*.
 */
function ruleBoundaries(s: string): number[] | undefined {
  const n = s.length;
  const cls = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = sbClass(s.charCodeAt(i));
    if (c === SB_UNKNOWN) return undefined;
    cls[i] = c;
  }
  const out: number[] = [];
  for (let t = 0; t < n; t++) {
    const c = cls[t]!;
    if (c !== SB_ATERM && c !== SB_STERM) continue;
    let j = t + 1;
    while (j < n && cls[j] === SB_CLOSE) j++;
    while (j < n && cls[j] === SB_SP) j++;
    if (j === n) continue; // the end of the text is no segment start
    const after = cls[j]!;
    if (after === SB_SCONTINUE || after === SB_ATERM || after === SB_STERM) continue; // SB8a
    if (c === SB_ATERM) {
      const next = cls[t + 1]!; // t + 1 < n here
      if (next === SB_NUMERIC) continue; // SB6
      if (next === SB_UPPER && t > 0 && (cls[t - 1] === SB_UPPER || cls[t - 1] === SB_LOWER)) continue; // SB7
      let k = j;
      while (k < n) {
        const x = cls[k]!;
        if (x === SB_OLETTER || x === SB_UPPER || x === SB_LOWER || x === SB_ATERM || x === SB_STERM) break;
        k++;
      }
      if (k < n && cls[k] === SB_LOWER) continue; // SB8
    }
    out.push(j);
  }
  return out;
}

function splitUnit(text: string, unit: Unit, out: SentenceSpan[]): void {
  const breaks = candidateBoundaries(text, unit.start, unit.end);
  addEllipsisBreaks(text, unit, breaks);
  let sentenceStart = unit.start;
  for (let b of breaks) {
    // UAX #29 counts “ as closing punctuation: `said.“Next` must break before the quote.
    while (b > sentenceStart && OPENING_QUOTES.has(text[b - 1]!)) b--;
    // ...and it gives a closing quote after a space (`said. ” Next`) to the next sentence.
    const q = trimRange(text, b, unit.end).start;
    if (CLOSING_QUOTES.has(text[q]!) && (q + 1 === unit.end || isSpace(text.charCodeAt(q + 1)))) b = q + 1;
    if (b <= sentenceStart) continue;
    if (keepTogether(text, sentenceStart, b, unit.end)) continue;
    emit(text, sentenceStart, b, unit, out);
    sentenceStart = b;
  }
  emit(text, sentenceStart, unit.end, unit, out);
}

function emit(text: string, start: number, end: number, unit: Unit, out: SentenceSpan[]): void {
  const r = trimRange(text, start, end);
  if (r.start === r.end) return;
  if (!/[\p{L}\p{N}]/u.test(text.slice(r.start, r.end))) {
    // A stray quote or bracket belongs to the sentence before it in the unit; a line of
    // nothing but punctuation ("---", "* * *") is no sentence.
    const prev = out[out.length - 1];
    if (prev && prev.start >= unit.start) prev.end = r.end;
    return;
  }
  out.push(r);
}

/**
 * "…" is no terminator in UAX #29. Like "...", it ends a sentence when it is attached to
 * the word before it and a capital follows ("terrified… Then"), or, spaced as an
 * elision (" … "), when a word that starts sentences follows.
 */
function addEllipsisBreaks(text: string, unit: Unit, breaks: number[]): void {
  const slice = text.slice(unit.start, unit.end);
  let added = false;
  for (let i = slice.indexOf('…'); i !== -1; i = slice.indexOf('…', i + 1)) {
    const m = /^…[”’"')\]]*\s+/u.exec(slice.slice(i, i + 8));
    if (!m) continue;
    const next = unit.start + i + m[0].length;
    if (next >= unit.end) continue;
    const attached = i > 0 && !isSpace(slice.charCodeAt(i - 1));
    if (attached ? startsWithCapital(text, next) : startsSentence(text, next)) {
      breaks.push(next);
      added = true;
    }
  }
  if (added) breaks.sort((a, b) => a - b);
}

// ---------------------------------------------------------------------------------------
// Repairs. Word lists are case-sensitive on purpose ("No. 10" but "No, he said").

/** Abbreviations always followed by a name or a noun: never the end of a sentence. */
const ALWAYS_FOLLOWED = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Messrs', 'Mmes', 'Mme', 'Mlle', 'Prof', 'Gov', 'Govs', 'Sen', 'Sens',
  'Rep', 'Reps', 'Gen', 'Gens', 'Lt', 'Col', 'Maj', 'Capt', 'Cmdr', 'Cdr', 'Adm', 'Sgt', 'Cpl',
  'Pvt', 'Spc', 'Brig', 'Rev', 'Hon', 'Pres', 'Supt', 'Det', 'Insp', 'Atty', 'Amb', 'Msgr', 'Fr',
  'Rt', 'Mt', 'Ft', 'Sec', 'vs', 'v', 'cf', 'viz', 'approx', 'ca',
]);
/** Abbreviations that precede a number ("No. 10", "Feb. 23", "p. 4"). */
const BEFORE_NUMBER = new Set([
  'No', 'no', 'Nos', 'nos', 'Nr', 'Art', 'art', 'Fig', 'fig', 'p', 'pp', 'Vol', 'vol', 'Ch', 'ch',
  'Para', 'para', 'Op', 'Ex', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct',
  'Nov', 'Dec',
]);
/** Abbreviations that may also end a sentence: it ends only if a sentence clearly starts. */
const MAY_END = new Set([
  'Inc', 'Corp', 'Co', 'Cos', 'Ltd', 'Jr', 'Sr', 'Esq', 'Bros', 'Dept', 'Univ', 'Assn', 'Ave',
  'Blvd', 'Rd', 'Hwy', 'Sq', 'St', 'Dr', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep',
  'Sept', 'Oct', 'Nov', 'Dec',
]);
/** AP state abbreviations: "Calif. Gov. Gavin Newsom" (a sentence of its own only in lists). */
const STATES = new Set(
  'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo'.split(' '),
);
/** "U.S", "U.K", "a.m", "D.C", "Ph.D" (the final period removed): initialisms. */
const INITIALISM = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
/** "1.", "a.": an item number inside a line of running text. */
const LIST_NUMBER = /^(?:\d{1,3}|[a-z])\.$/;
/** "F" of "John F. Kelly", "U" of "U. S. Embassy". */
const INITIAL = /^\p{Lu}$/u;

/**
 * Words that are capitalised mostly because they begin a sentence: after an ambiguous
 * abbreviation ("Inc.", "U.S.", "a.m.", "F.") they mean the sentence ended. Any other
 * capitalised word is taken for a name ("U.S. Border Patrol", "John F. Kelly").
 */
const STARTERS = new Set(
  (
    'A An The This That These Those There Here It Its He She They We I You His Her Their Our My ' +
    'Your But And Or So Yet Nor If When While Whilst After Before As Since Although Though Because ' +
    'Unless Until Once Whether In On At For From With Without By To Of Under Over During Despite ' +
    'Among Amid Against Between Through Into About Meanwhile However Still Now Then Also Some Many ' +
    'Most Much All Both Each Every Any No Not None Neither Either Nobody Nothing Everyone Everybody ' +
    'Someone Such Other Others Another More Less Few Several What Which Who Whom Whose Why How Where ' +
    'Only Even Just Instead Indeed Moreover Furthermore Nevertheless Nonetheless Otherwise Thus ' +
    'Therefore Hence Overall Yes Earlier Later Today Yesterday Tomorrow Last Next According Asked ' +
    'Is Are Was Were Do Does Did Has Have Had Would Can Could Should Might Must Let Please'
  ).split(' '),
);
const OPENING_QUOTES = new Set(['“', '‘', '«', '„', '‚']);
const CLOSING_QUOTES = new Set(['”', '’', '»']);
const CLOSING = /["'”’»)\]]+$/u;
/**
 * "Trump asked", "Sen. Warren said": a name and a speech verb, the attribution after a
 * quoted question ("“Who pays?” Trump asked."). A lower-case one ("he asked", "said
 * Trump") needs no list.
 */
const SPEECH_VERB =
  'said|says|asked|asks|told|tells|added|adds|wrote|writes|replied|replies|shouted|tweeted|insisted|explained|recalled|continued|noted|warned|declared|exclaimed|wondered|cried|demanded|countered|joked|quipped|fumed';
const ATTRIBUTION = new RegExp(`^(?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,4}(?:${SPEECH_VERB})\\b`, 'u');

/** Whether the candidate boundary at `b` (text before it from `start`) is a false split. */
function keepTogether(text: string, start: number, b: number, unitEnd: number): boolean {
  const before = trimRange(text, start, b);
  const prev = text.slice(Math.max(before.start, before.end - 64), before.end);
  const nextAt = trimRange(text, b, unitEnd).start;
  const next = text.slice(nextAt, Math.min(unitEnd, nextAt + 64));
  if (next === '') return false;

  // A quoted question or exclamation goes on with its attribution:
  // “Why not?” he asked. / “Who pays?” Trump asked.
  const closing = CLOSING.exec(prev);
  const bare = closing ? prev.slice(0, -closing[0].length) : prev;
  if (/[?!]$/.test(bare)) return LOWER_AT_START.test(next) || (closing !== null && ATTRIBUTION.test(next));
  if (closing || !bare.endsWith('.')) return false;
  // A period standing alone before a word it touches is a code (Reuters ".MXX"), no full stop.
  if (/\s\.$/.test(bare) && nextAt === b && !isSpace(text.charCodeAt(b - 1))) return true;

  // The last word before the period, without opening punctuation or a "D-" prefix.
  let tokenStart = bare.length;
  while (tokenStart > 0 && !/\s/.test(bare[tokenStart - 1]!)) tokenStart--; // (a `/\S*$/` tries every start)
  const token = bare.slice(tokenStart);
  // "low ... Mexico" (spaced) is an elision; "terrified... I" (attached) ends a sentence.
  if (token.endsWith('...')) return /^[.\p{P}]*$/u.test(token) && !startsSentence(text, nextAt);
  const word = token.slice(0, -1).replace(/^.*[-–—/(“‘"'\[]/u, '');
  if (word === '') return false;
  if (ALWAYS_FOLLOWED.has(word)) return true;
  const mayEnd = MAY_END.has(word) || INITIALISM.test(word) || INITIAL.test(word);
  // An abbreviation alone is no sentence: "Calif. Gov. Gavin Newsom", "Q. What did he say?"
  // ("No." alone is one, hence not BEFORE_NUMBER.)
  const alone = before.end - before.start === token.length;
  if (alone && (mayEnd || STATES.has(word) || LIST_NUMBER.test(token))) return true;
  if (BEFORE_NUMBER.has(word) && /^\p{N}/u.test(next)) return true;
  if (mayEnd) {
    return next.startsWith('(') || !startsSentence(text, nextAt);
  }
  return false;
}

/** Whether the text at `at` clearly begins a sentence: an opening quote or a starter word. */
function startsSentence(text: string, at: number): boolean {
  const c = text[at];
  if (c === undefined) return true;
  if (OPENING_QUOTES.has(c) || c === '"') return true;
  const m = /^\p{Lu}\p{Ll}*/u.exec(text.slice(at, at + 24));
  if (!m) return false;
  // "No. 2 diplomat", "A. Smith": an abbreviation or initial, not a starter word.
  if (text[at + m[0].length] === '.') return false;
  return STARTERS.has(m[0]);
}

function startsWithCapital(text: string, at: number): boolean {
  const c = text[at];
  return c !== undefined && (OPENING_QUOTES.has(c) || c === '"' || /\p{Lu}/u.test(c));
}

// ---------------------------------------------------------------------------------------

function trimRange(text: string, start: number, end: number): SentenceSpan {
  let a = start;
  let b = end;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return { start: a, end: b };
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x85 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff
  );
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(Number.isFinite(n) ? Math.trunc(n) : lo, lo), hi);
}
