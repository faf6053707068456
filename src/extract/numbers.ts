/**
 * The number reader (SPEC §2 "kind: quantity"): finds the figures a sentence states, with
 * their qualifier ("more than", "almost"), unit class (count, currency, percent,
 * percentage points, time) and, when readable, the noun they count.
 *
 * It works on the folded shadow copy of the text (`core/fold.ts`: lower case, ASCII dashes
 * and quotes) and maps every span back to the original through the fold's offset map
 * (ARCHITECTURE property 2), so offsets are always half-open UTF-16 offsets into the text
 * passed in.
 *
 * Pipeline: tokenise → mask what is never a count (times of day, numeric dates, phone
 * numbers, ordinals, decades, "No. 10") → parse quantities left to right, each as
 * `[qualifier] [currency] number [scale] [unit] [range] [post-qualifier]`, then reject
 * years, days of dates, labels/identifiers and ages (SPEC §2 "Never counts"), and read the
 * noun after the figure.
 */
import { fold, type FoldedText } from '../core/fold.js';
import {
  CHANGE_WORDS, COMPARATIVES, CURRENCY_NATIONALITIES, CURRENCY_PREFIX_WORDS, CURRENCY_SYMBOLS, CURRENCY_WORDS,
  DIMENSION_WORDS, IRREGULAR_PLURALS, ISO_CODES, LABEL_WORDS, MEASURE_BEFORE, MONTHS, NOUN_LEAD_ADVERBS, NOUN_STOP, ONE_NOUNS,
  POST_QUALIFIERS, PRE_QUALIFIERS, SCALE_SUFFIXES, SCALE_WORDS, SINGULAR_S, SMALL_NUMBERS, SUBUNITS, SYMBOL_PREFIXES,
  TENS, TIME_UNIT_MODIFIERS, TIME_WORDS, UP_PARTICLE_VERBS, WEEKDAYS, type QualifierKind,
} from './number-words.js';

/** The unit classes of SPEC §2: a claim only sees mentions of its own class. */
export type UnitClass = 'count' | 'currency' | 'percent' | 'percentage-points' | 'time';

/** A time unit, as SPEC §2 `unit` spells it. */
export type TimeUnit = 'years' | 'months' | 'weeks' | 'days' | 'hours' | 'minutes' | 'seconds';

/**
 * A set of numbers `lo … hi`; each end is open (excluded) or closed. `lo` may be
 * `-Infinity` and `hi` `Infinity` (then that end is open).
 */
export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/** One figure read from the text. */
export interface NumberMention {
  /**
   * Half-open `[start, end)` span, in UTF-16 code units, into the full text passed to
   * {@link readNumbers}. It covers the qualifier, the number and its unit words
   * ("more than 220,000", "nearly $2.5bn", "about US$21.6 billion", "45-year" in "a 45-year low").
   */
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  /** The stated number x (for a range, its low end; for a vague quantity, its interval's low end). Scale words are applied (`$2.5bn` → 2.5e9); `cents`/`pence` are divided by 100, `basis points` by 100, `decades` multiplied by 10. */
  value: number;
  /** High end of a range (`between 10 and 15`, `10-15`, `10 to 15`, `two or three`). */
  high?: number;
  /** The numbers the mention allows, from the SPEC §2 qualifier table. */
  interval: Interval;
  /** Qualifier words, normalised lower case (`more than`, `almost`, `between`, `tens of thousands`, `or more`), or null. */
  qualifier: string | null;
  unitClass: UnitClass;
  /** ISO 4217 code when the currency is known (`$` alone is read as USD). */
  currency?: string;
  /** For `unitClass: 'time'`. */
  timeUnit?: TimeUnit;
  /** The noun phrase the number counts, when readable (`Guatemalans, Hondurans and Salvadorans`, `detentions of non-Mexican nationals`, `low` in "a 45-year low"); offsets as for the mention. */
  noun?: { start: number; end: number; text: string };
  /** True for a difference, not a total: `138,000 more jobs than`, `5,000 fewer deaths`. */
  comparative?: boolean;
  /**
   * What the figure measures when it is written as a compound modifier or after a measure
   * word, not as a count of the noun that follows: `magnitude` in "a 6.9-magnitude quake"
   * and "a magnitude 6.9 quake", `storey` in "a four-storey building", `match` in "a
   * 12-match unbeaten run". Offsets as for the mention.
   */
  measure?: { start: number; end: number; text: string };
}

// ---------------------------------------------------------------------------------------
// Tokens

interface Tok {
  k: 'num' | 'word' | 'sym';
  /** Folded offsets. */
  s: number;
  e: number;
  /** Folded text. */
  t: string;
  /** White space before the token (true at the start of the scan). */
  sp: boolean;
  /** A line break before the token. */
  nl: boolean;
  /** Original first letter is upper case / the whole word is upper case (2+ letters). */
  cap: boolean;
  upper: boolean;
  /** Some letter of the original word is upper case ("iPhone", "McDonald"). */
  mixed: boolean;
  /** Digits: value, thousands separator, decimal point; `bad` when masked or part of an identifier. */
  v: number;
  sep: boolean;
  dec: boolean;
  bad: boolean;
}

/** (Thousands separators: "340,215", and the Indian lakh grouping "3,40,215", "1,20,00,000".) */
const TOKEN = /(\s+)|(\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?!\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d))|(\d+(?:\.\d+)?)|([\p{L}\p{M}]+)|([\s\S])/uy;

function tokenize(text: string, f: FoldedText): Tok[] {
  const s = f.text;
  const out: Tok[] = [];
  let sp = true;
  let nl = false;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < s.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(s);
    if (!m) break;
    if (m[1] !== undefined) {
      sp = true;
      if (m[1].includes('\n')) nl = true;
      continue;
    }
    const t = m[0];
    const tok: Tok = {
      k: m[2] !== undefined || m[3] !== undefined ? 'num' : m[4] !== undefined ? 'word' : 'sym',
      s: at, e: at + t.length, t, sp, nl, cap: false, upper: false, mixed: false, v: NaN, sep: false, dec: false, bad: false,
    };
    if (tok.k === 'num') {
      tok.v = Number(t.replace(/,/g, ''));
      tok.sep = t.includes(',');
      tok.dec = t.includes('.');
    } else if (tok.k === 'word') {
      const orig = text.slice(f.map[at]!, f.map[at + t.length]!);
      tok.cap = /^\p{Lu}/u.test(orig);
      tok.upper = orig.length >= 2 && /^[\p{Lu}\p{M}]+$/u.test(orig);
      tok.mixed = /\p{Lu}/u.test(orig);
    }
    out.push(tok);
    sp = false;
    nl = false;
  }
  return out;
}

/**
 * Patterns on the folded text whose digits are never counts (SPEC §2 "Never counts"):
 * times of day (also a wire's "0136 GMT"), numeric dates and version numbers, fractions and "24/7", phone numbers,
 * decades, ordinals, "No. 10", and year spans such as "2016-17".
 */
const MASKS: readonly RegExp[] = [
  /\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?\s?m\b\.?/g,
  /\b\d+(?::\d+)+\b/g,
  /\b\d{1,2}\s?o'clock\b/g,
  /\b\d+([./-])\d+\1\d+(?:\1\d+)*\b/g,
  /\b\d+(?:\.\d+)?\/\d+(?:\.\d+)?\b/g,
  /(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g,
  /\+\d{1,3}(?:[\s-]\d{2,4}){2,}\b/g,
  /\b\d{1,3}0s\b|'\d0s\b/g,
  /\b\d+(?:st|nd|rd|th)\b/g,
  /\bnos?\.\s?\d+\b|#\s?\d+\b|\bn[o°º]\s?\d+\b/g,
  /\b(?:1[89]\d\d|20\d\d|2100)\s?[-/]\s?(?:\d\d|\d{4})\b(?![.,]\d)/g,
  // Wire-service clock times: "(0136 GMT)", "at 1430 local time", "0900 hrs".
  /\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:gmt|utc|z|est|edt|cst|cdt|mst|mdt|pst|pdt|et|bst|cet|cest|eet|eest|ist|jst|aest|aedt|hkt|sgt|msk|local\s+time)\b/g,
  /\b0\d[0-5]\d\s?(?:hrs|hours)\b/g,
];

/** Original characters that make `X-16` an identifier; an en or em dash does not. */
const ID_HYPHENS = new Set(['-', '\u2010', '\u2011']);

function markBad(text: string, f: FoldedText, toks: Tok[]): void {
  const masked = new Uint8Array(f.text.length);
  for (const re of MASKS) {
    re.lastIndex = 0;
    for (let m = re.exec(f.text); m; m = re.exec(f.text)) {
      masked.fill(1, m.index, m.index + m[0].length);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.k !== 'num') continue;
    for (let p = t.s; p < t.e; p++) {
      if (masked[p]) {
        t.bad = true;
        break;
      }
    }
    const prev = toks[i - 1];
    if (!t.sp && prev?.k === 'word') {
      // Letters glued to digits: MH17, A4, G20 — unless a currency written before it (USD5m, Rs500).
      const isCurrency = (prev.upper && ISO_CODES.has(prev.t)) || CURRENCY_PREFIX_WORDS.has(prev.t);
      if (!isCurrency) t.bad = true;
    }
    if (!t.sp && prev?.k === 'sym' && prev.t === '-' && !prev.sp) {
      const before = toks[i - 2];
      const hyphen = text[f.map[prev.s]!] ?? '-';
      // F-16, COVID-19, I-95, mid-2016 (a hyphen, not a dash, joined to letters) and 737-800 after a bad number.
      if (before?.k === 'word' && ID_HYPHENS.has(hyphen)) t.bad = true;
      if (before?.k === 'num' && before.bad) t.bad = true;
    }
  }
}

// ---------------------------------------------------------------------------------------
// Parsing

interface Unit {
  unitClass: UnitClass;
  currency?: string;
  timeUnit?: TimeUnit;
  /** Multiplier the unit applies (cents 0.01, decades 10). */
  factor: number;
  /** The unit was joined to the number by a hyphen ("45-year"). */
  hyphen: boolean;
}

interface Quantity {
  /** Token range `[i0, i1)` of the number and its units (no qualifier). */
  i0: number;
  i1: number;
  value: number;
  /** The number as written, before scale and unit factors. */
  raw: number;
  scaled: boolean;
  unit: Unit;
  explicitUnit: boolean;
  digits: boolean;
  /** Written in digits, a whole number with no thousands separator. */
  bareInt: boolean;
  /** The single word "one". */
  oneOnly: boolean;
  /** "10-year-old", "45 years of age". */
  age: boolean;
  vague?: { lo: number; hi: number; label: string };
}

interface Ctx {
  text: string;
  f: FoldedText;
  toks: Tok[];
  /** Reading a claim value: no year, date or identifier rules. */
  claimValue: boolean;
  titleCase: boolean;
}

const COUNT: Unit = { unitClass: 'count', factor: 1, hyphen: false };

function w(ctx: Ctx, i: number): string | undefined {
  const t = ctx.toks[i];
  return t?.k === 'word' ? t.t : undefined;
}

function sym(ctx: Ctx, i: number, ch: string): boolean {
  const t = ctx.toks[i];
  return t?.k === 'sym' && t.t === ch;
}

/** Token `i` is attached to the previous one (no white space between). */
function glued(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  return t !== undefined && !t.sp;
}

const FRACTION_WORDS = new Set(['half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fourth', 'fourths', 'fifth', 'fifths', 'sixth', 'sixths', 'eighth', 'eighths', 'tenth', 'tenths']);
const STREET_WORDS = new Set(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'boulevard', 'blvd', 'lane', 'drive', 'way', 'place', 'square', 'terrace', 'crescent', 'court', 'highway', 'parkway']);
const FRACTION_CHARS: ReadonlyMap<string, number> = new Map([['½', 0.5], ['¼', 0.25], ['¾', 0.75]]);
const BIG_SCALES = new Set(['thousand', 'million', 'billion', 'trillion', 'lakh', 'lakhs', 'crore', 'crores']);
const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([['hundreds', 2], ['thousands', 3], ['millions', 6], ['billions', 9], ['trillions', 12]]);
const SCALE_OF: ReadonlyMap<string, number> = new Map([['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['dozen', 12]]);

/** SPEC §2 table rows for vague quantities, extended by analogy beyond "millions". */
function vagueInterval(power: number, tens: boolean): { lo: number; hi: number } {
  // "millions" is [2e6, 999e6] in the SPEC table (and "billions", "trillions" follow it);
  // every other row is [2·10^n, 10^(n+1) − 1].
  if (!tens && power >= 6 && power % 3 === 0) return { lo: 2 * 10 ** power, hi: 999 * 10 ** power };
  return { lo: 2 * 10 ** power, hi: 10 ** (power + 1) - 1 };
}

/** Parses a vague quantity at `i`: dozens, hundreds, tens of thousands, several hundred… */
function parseVague(ctx: Ctx, i: number): Quantity | null {
  const w0 = w(ctx, i);
  if (w0 === undefined) return null;
  const done = (i1: number, lo: number, hi: number, label: string): Quantity => ({
    i0: i, i1, value: lo, raw: lo, scaled: false, unit: COUNT, explicitUnit: false, digits: false, bareInt: false,
    oneOnly: false, age: false, vague: { lo, hi, label },
  });
  if (w0 === 'dozens') return done(i + 1, 24, 99, 'dozens');
  // "scores of flights": twenty at a time, by analogy with "dozens" (from two scores up to a hundred odd).
  // (Not "test scores of 80": a number after "of".)
  if (w0 === 'scores' && w(ctx, i + 1) === 'of' && ctx.toks[i + 2]?.k === 'word' && !/^(?:test|exam|credit|high|low|average|median|top|the|their|its|his|her)$/.test(w(ctx, i - 1) ?? '')) return done(i + 1, 40, 199, 'scores');
  if (w0 === 'tens' && w(ctx, i + 1) === 'of') {
    const p = VAGUE_PLURALS.get(w(ctx, i + 2) ?? '');
    if (p !== undefined && p >= 3) {
      const iv = vagueInterval(p + 1, true);
      return done(i + 3, iv.lo, iv.hi, `tens of ${w(ctx, i + 2)}`);
    }
    return null;
  }
  if (w0 === 'hundreds' && w(ctx, i + 1) === 'of') {
    const p = VAGUE_PLURALS.get(w(ctx, i + 2) ?? '');
    if (p !== undefined && p >= 3) {
      const iv = vagueInterval(p + 2, true);
      return done(i + 3, iv.lo, iv.hi, `hundreds of ${w(ctx, i + 2)}`);
    }
  }
  const p = VAGUE_PLURALS.get(w0);
  if (p !== undefined) {
    // Not "the 1990s hundreds", not "two thousands": a number right before is something else.
    if (ctx.toks[i - 1]?.k === 'num') return null;
    const iv = vagueInterval(p, false);
    return done(i + 1, iv.lo, iv.hi, w0);
  }
  // several / a few + hundred | thousand | million | billion | dozen (+ thousand …)
  let k = i;
  let label: string;
  if (w0 === 'several') {
    k = i + 1;
    label = 'several';
  } else if (w0 === 'a' && w(ctx, i + 1) === 'few') {
    k = i + 2;
    label = 'a few';
  } else return null;
  let scale = SCALE_OF.get(w(ctx, k) ?? '');
  if (scale === undefined) return null;
  const words = [w(ctx, k)!];
  k++;
  const next = SCALE_OF.get(w(ctx, k) ?? '');
  if (next !== undefined && next > scale && scale !== 12) {
    scale *= next;
    words.push(w(ctx, k)!);
    k++;
  }
  if (scale === 12) return done(k, 24, 99, `${label} dozen`);
  return done(k, 2 * scale, 10 * scale - 1, `${label} ${words.join(' ')}`);
}

/** Word numbers: "two", "twenty-one", "two hundred and fifty", "a dozen", "a million", "two million". */
function parseWords(ctx: Ctx, j: number): { value: number; raw: number; next: number; oneOnly: boolean; scaled: boolean } | null {
  let k = j;
  let total = 0;
  let cur = 0;
  let last: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen' = 'none';
  let nWords = 0;
  let scaled = false;
  let base = 0;
  let scales = 0;
  if (w(ctx, k) === 'a' && ['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen'].includes(w(ctx, k + 1) ?? '')) {
    cur = 1;
    last = 'unit';
    k++;
    nWords++;
  }
  for (;;) {
    const word = w(ctx, k);
    if (word === undefined) break;
    if (k > j && !ctx.toks[k]!.sp) break;
    const small = SMALL_NUMBERS.get(word);
    const tens = TENS.get(word);
    const big = BIG_SCALES.has(word) ? SCALE_WORDS.get(word) : undefined;
    if (small !== undefined) {
      if (last === 'unit' || last === 'teen' || last === 'dozen' || (last === 'tens' && (small === 0 || small >= 10))) break;
      cur += small;
      last = small < 10 ? 'unit' : 'teen';
    } else if (tens !== undefined) {
      if (last === 'unit' || last === 'teen' || last === 'tens' || last === 'dozen') break;
      cur += tens;
      last = 'tens';
      const u = SMALL_NUMBERS.get(w(ctx, k + 2) ?? '');
      if (sym(ctx, k + 1, '-') && glued(ctx, k + 1) && glued(ctx, k + 2) && u !== undefined && u >= 1 && u <= 9) {
        cur += u;
        last = 'unit';
        k += 2;
      }
    } else if (word === 'hundred') {
      if (last !== 'unit' && last !== 'teen' && last !== 'tens') break;
      cur *= 100;
      last = 'hundred';
    } else if (word === 'dozen') {
      if (last !== 'unit') break;
      cur *= 12;
      last = 'dozen';
    } else if (big !== undefined) {
      if (last === 'none' || last === 'scale') break;
      if (!scaled) base = cur;
      scales++;
      total += cur * big;
      cur = 0;
      last = 'scale';
      scaled = true;
    } else if (word === 'and' && (last === 'hundred' || last === 'scale')) {
      const nw = w(ctx, k + 1) ?? '';
      if (!SMALL_NUMBERS.has(nw) && !TENS.has(nw)) break;
      k++;
      continue;
    } else break;
    k++;
    nWords++;
  }
  if (last === 'none') return null;
  // `raw`: the number before a single scale word ("three million" → 3), for range scale sharing.
  const value = total + cur;
  const raw = scales === 1 && cur === 0 ? base : value;
  return { value, raw, next: k, oneOnly: nWords === 1 && w(ctx, j) === 'one', scaled };
}

/**
 * "half a million", "a quarter of a million", "three-quarters of a billion", "half a dozen",
 * and a fraction of a unit the reader knows: "half a percentage point", "half an hour"
 * (`scaled: false`). "half of the voters" is not a number.
 */
function parseFraction(ctx: Ctx, j: number): { value: number; next: number; scaled: boolean } | null {
  let k = j;
  if (w(ctx, k) === 'a') k++;
  let frac: number;
  if (w(ctx, k) === 'half') {
    frac = 0.5;
    k++;
  } else if (w(ctx, k) === 'quarter') {
    frac = 0.25;
    k++;
  } else if (w(ctx, k) === 'three' && (w(ctx, k + 1) === 'quarters' || (sym(ctx, k + 1, '-') && w(ctx, k + 2) === 'quarters'))) {
    frac = 0.75;
    k += w(ctx, k + 1) === 'quarters' ? 2 : 3;
  } else return null;
  if (w(ctx, k) === 'of') k++;
  if (w(ctx, k) === 'a' || w(ctx, k) === 'an') k++;
  const scale = SCALE_OF.get(w(ctx, k) ?? '');
  if (scale !== undefined) return { value: frac * scale, next: k + 1, scaled: true };
  const unit = parseUnit(ctx, k, false, false);
  if (unit && unit.unit.unitClass !== 'currency' && unit.unit.unitClass !== 'count') return { value: frac, next: k, scaled: false };
  return null;
}

/** A currency written before the number at `j`: `$`, `US$`, `Mex$`, `€`, `£`, `USD`, `Rs`. */
function parseCurrencyPrefix(ctx: Ctx, j: number): { currency: string; next: number } | null {
  const t = ctx.toks[j];
  if (!t) return null;
  const numAt = (k: number): boolean => ctx.toks[k]?.k === 'num';
  if (t.k === 'word') {
    const after = ctx.toks[j + 1];
    if (after?.k === 'sym' && !after.sp) {
      const code = SYMBOL_PREFIXES.get(after.t)?.get(t.t);
      if (code && numAt(j + 2)) return { currency: code, next: j + 2 };
    }
    if (t.upper && ISO_CODES.has(t.t) && numAt(j + 1)) return { currency: t.t === 'rmb' ? 'CNY' : t.t.toUpperCase(), next: j + 1 };
    const pw = CURRENCY_PREFIX_WORDS.get(t.t);
    if (pw && t.cap) {
      if (numAt(j + 1)) return { currency: pw, next: j + 1 };
      if (sym(ctx, j + 1, '.') && numAt(j + 2)) return { currency: pw, next: j + 2 };
    }
    return null;
  }
  if (t.k === 'sym') {
    const code = CURRENCY_SYMBOLS.get(t.t);
    if (code && numAt(j + 1)) return { currency: code, next: j + 1 };
  }
  return null;
}

/** Reads a currency/percent/time unit at `j` (after the number and scale). */
function parseUnit(ctx: Ctx, j: number, hasCurrency: boolean, scaled: boolean): { unit: Unit; next: number } | null {
  const t = ctx.toks[j];
  if (!t) return null;
  const one = (unit: Unit, n: number): { unit: Unit; next: number } => ({ unit, next: j + n });
  if (t.k === 'sym' && t.t === '%') return one({ unitClass: 'percent', factor: 1, hyphen: false }, 1);
  if (t.k === 'sym' && t.t === '-' && !t.sp && glued(ctx, j + 1)) {
    // Hyphenated compounds: "45-year", "a 5-percent stake", "a 10-percentage-point lead".
    const inner = parseUnit(ctx, j + 1, hasCurrency, scaled);
    if (inner) return { unit: { ...inner.unit, hyphen: true }, next: inner.next };
    return null;
  }
  if (t.k !== 'word') return null;
  const word = t.t;
  const next = w(ctx, j + 1);
  if (word === 'percent' || word === 'pc' || word === 'pct') return one({ unitClass: 'percent', factor: 1, hyphen: false }, 1);
  if (word === 'per' && next === 'cent') return one({ unitClass: 'percent', factor: 1, hyphen: false }, 2);
  if (word === 'per' && sym(ctx, j + 1, '-') && w(ctx, j + 2) === 'cent') return one({ unitClass: 'percent', factor: 1, hyphen: false }, 3);
  if (word === 'percentage') {
    if (next === 'point' || next === 'points') return one({ unitClass: 'percentage-points', factor: 1, hyphen: false }, 2);
    const n2 = w(ctx, j + 2);
    if (sym(ctx, j + 1, '-') && (n2 === 'point' || n2 === 'points')) return one({ unitClass: 'percentage-points', factor: 1, hyphen: false }, 3);
    return null;
  }
  if (word === 'pp' || word === 'ppt' || word === 'ppts') return one({ unitClass: 'percentage-points', factor: 1, hyphen: false }, 1);
  if (word === 'basis' && (next === 'point' || next === 'points')) return one({ unitClass: 'percentage-points', factor: 0.01, hyphen: false }, 2);
  if (word === 'basis' && sym(ctx, j + 1, '-') && glued(ctx, j + 1) && (w(ctx, j + 2) === 'point' || w(ctx, j + 2) === 'points')) {
    return one({ unitClass: 'percentage-points', factor: 0.01, hyphen: false }, 3); // "a 25-basis-point cut"
  }
  if (word === 'bp' || word === 'bps') return one({ unitClass: 'percentage-points', factor: 0.01, hyphen: false }, 1);
  const time = TIME_WORDS.get(word);
  if (time) return one({ unitClass: 'time', timeUnit: time.unit, factor: time.factor, hyphen: false }, 1);
  if (TIME_UNIT_MODIFIERS.has(word)) {
    // "11,000 flight hours", "ten working days", "300 man-hours": still a duration.
    const k = sym(ctx, j + 1, '-') && glued(ctx, j + 1) && glued(ctx, j + 2) ? j + 2 : j + 1;
    const tw = w(ctx, k);
    const t2 = tw === undefined || tw.length < 3 ? undefined : TIME_WORDS.get(tw);
    if (t2 && tw !== 'second' && tw !== 'sec') return one({ unitClass: 'time', timeUnit: t2.unit, factor: t2.factor, hyphen: false }, k + 1 - j);
  }
  if (hasCurrency) return null;
  // Currency after the number.
  if (t.upper && ISO_CODES.has(word)) return one({ unitClass: 'currency', currency: word === 'rmb' ? 'CNY' : word.toUpperCase(), factor: 1, hyphen: false }, 1);
  const sub = SUBUNITS.get(word);
  if (sub) return one({ unitClass: 'currency', currency: sub, factor: 0.01, hyphen: false }, 1);
  if (word === 'p' && !t.sp && ctx.toks[j - 1]?.k === 'num' && !sym(ctx, j + 1, '.')) return one({ unitClass: 'currency', currency: 'GBP', factor: 0.01, hyphen: false }, 1);
  // A nationality (up to four tokens) before a currency word: "US dollars", "U.S. dollars", "New Zealand dollars", "Mexican pesos".
  for (let k = j; k <= j + 4; k++) {
    const cw = w(ctx, k);
    if (cw === undefined) {
      if (sym(ctx, k, '.')) continue;
      break;
    }
    const code = CURRENCY_WORDS.get(cw);
    if (code === undefined) continue;
    if (cw === 'won' && !scaled) return null;
    if ((cw === 'pound' || cw === 'pounds') && w(ctx, k + 1) === 'of') return null; // weight: "500 pounds of cocaine"
    let currency = code;
    if (k > j) {
      const base = cw.replace(/s$/, '');
      const nat = CURRENCY_NATIONALITIES.get(base);
      const natWord = w(ctx, k - 1) ?? (sym(ctx, k - 1, '.') && w(ctx, k - 2) === 's' ? 'us' : undefined);
      const natCode = natWord === undefined ? undefined : nat?.get(natWord);
      if (natCode === undefined) return null;
      currency = natCode;
    }
    let n = k + 1 - j;
    if ((cw === 'pounds' || cw === 'pound') && w(ctx, k + 1) === 'sterling') n++;
    return one({ unitClass: 'currency', currency, factor: 1, hyphen: false }, n);
  }
  return null;
}

/** Number (with sign, currency and scale) and unit at `i`, or null. */
function parseQuantity(ctx: Ctx, i: number): Quantity | null {
  const vague = parseVague(ctx, i);
  if (vague) {
    // "millions of dollars", "several million euros", "thousands of years".
    let k = vague.i1;
    const ofAt = w(ctx, k) === 'of' ? k + 1 : k;
    const unit = parseUnit(ctx, ofAt, false, true);
    if (unit && unit.unit.unitClass !== 'percent' && unit.unit.unitClass !== 'percentage-points' && unit.unit.factor === 1) {
      vague.unit = unit.unit;
      vague.explicitUnit = true;
      k = unit.next;
      vague.i1 = k;
    }
    return vague;
  }
  const toks = ctx.toks;
  let j = i;
  let sign = 1;
  const t0 = toks[j];
  if (!t0) return null;
  if (t0.k === 'sym' && (t0.t === '-' || t0.t === '+') && toks[j + 1]?.k === 'num' && glued(ctx, j + 1)) {
    const prev = toks[j - 1];
    // A sign, not the dash of "3-5" or "F-16".
    if (!t0.sp && prev && (prev.k === 'num' || prev.k === 'word')) return null;
    if (t0.t === '-') sign = -1;
    j++;
  } else if (t0.k === 'word' && t0.t === 'minus' && toks[j + 1]?.k === 'num') {
    sign = -1;
    j++;
  }
  let currency: string | undefined;
  const cp = parseCurrencyPrefix(ctx, j);
  if (cp) {
    currency = cp.currency;
    j = cp.next;
  }
  let value: number;
  let scaled = false;
  let digits = false;
  let bareInt = false;
  let oneOnly = false;
  let raw: number;
  const t = toks[j];
  if (!t) return null;
  if (t.k === 'num') {
    if (t.bad) return null;
    value = t.v;
    digits = true;
    bareInt = !t.sep && !t.dec;
    j++;
    const fr = toks[j]?.k === 'sym' && glued(ctx, j) ? FRACTION_CHARS.get(toks[j]!.t) : undefined;
    if (fr !== undefined) {
      value += fr;
      bareInt = false;
      j++;
    }
    raw = value;
    const suffix = toks[j];
    if (suffix?.k === 'word' && !suffix.sp) {
      const s = SCALE_SUFFIXES.get(suffix.t) ?? (BIG_SCALES.has(suffix.t) ? SCALE_WORDS.get(suffix.t) : undefined);
      if (s !== undefined) {
        if (suffix.t === 'b' && !currency) return null;
        if ((suffix.t === 'm' || suffix.t === 'k') && !currency) {
          const after = toks[j + 1];
          if ((after?.k === 'sym' && after.t === '-' && !after.sp) || DIMENSION_WORDS.has(w(ctx, j + 1) ?? '')) return null;
        }
        value *= s;
        scaled = true;
        bareInt = false;
        j++;
      } else if (!isUnitSuffix(suffix.t)) {
        return null; // an identifier or a unit we do not read: "5G", "100km", "3D"
      }
    }
  } else if (t.k === 'word') {
    if (currency) return null;
    // "mum-of-two", "father-of-three": a number word inside a hyphenated compound.
    if (!t.sp && sym(ctx, j - 1, '-') && !ctx.toks[j - 1]!.sp && ctx.toks[j - 2]?.k === 'word') return null;
    const fr = parseFraction(ctx, j);
    if (fr) {
      value = fr.value;
      raw = value;
      scaled = fr.scaled;
      bareInt = false;
      j = fr.next;
    } else {
      const wn = parseWords(ctx, j);
      if (!wn) return null;
      value = wn.value;
      raw = wn.raw;
      scaled = wn.scaled;
      oneOnly = wn.oneOnly;
      j = wn.next;
      // "two-thirds", "three fifths": fractions of a whole are not counts.
      const fw = sym(ctx, j, '-') && glued(ctx, j) ? w(ctx, j + 1) : w(ctx, j);
      if (fw !== undefined && FRACTION_WORDS.has(fw)) return null;
    }
  } else return null;
  // "two and a half years", "one and a half million"
  if (!scaled && Number.isInteger(value) && w(ctx, j) === 'and' && w(ctx, j + 1) === 'a' && w(ctx, j + 2) === 'half') {
    value += 0.5;
    raw = value;
    oneOnly = false;
    bareInt = false;
    j += 3;
  }
  if (!scaled) {
    const sw = w(ctx, j);
    const s = sw === undefined ? undefined : SCALE_WORDS.get(sw);
    if (s !== undefined && ctx.toks[j]!.sp) {
      value *= s;
      scaled = true;
      j++;
      // "1.5 lakh crore", "2 thousand million"
      const s2 = SCALE_WORDS.get(w(ctx, j) ?? '');
      if (s2 !== undefined && s2 >= 1e3) {
        value *= s2;
        j++;
      }
    } else if (sym(ctx, j, '-') && glued(ctx, j) && glued(ctx, j + 1) && BIG_SCALES.has(w(ctx, j + 1) ?? '')) {
      value *= SCALE_WORDS.get(w(ctx, j + 1)!)!;
      scaled = true;
      j += 2;
    }
    if (scaled) {
      bareInt = false;
      oneOnly = false;
    }
  }
  let unit: Unit = currency ? { unitClass: 'currency', currency, factor: 1, hyphen: false } : COUNT;
  let explicitUnit = currency !== undefined;
  let age = false;
  const u = parseUnit(ctx, j, currency !== undefined, scaled);
  if (u) {
    unit = u.unit;
    explicitUnit = true;
    j = u.next;
    if (unit.unitClass === 'time') {
      // Ages are not figures of the subject (SPEC §2): "a 10-year-old girl", "45 years old", "18-year-olds", "45 years of age".
      const k = sym(ctx, j, '-') ? j + 1 : j;
      const ow = w(ctx, k);
      if (ow === 'old' || ow === 'olds') {
        age = true;
        j = k + 1;
      } else if (w(ctx, j) === 'of' && w(ctx, j + 1) === 'age') {
        age = true;
        j += 2;
      }
    }
  }
  value = sign * value * unit.factor;
  return { i0: i, i1: j, value, raw: sign * raw, scaled, unit, explicitUnit, digits, bareInt, oneOnly, age };
}

function isUnitSuffix(s: string): boolean {
  return ['pc', 'pct', 'pp', 'ppt', 'ppts', 'bp', 'bps', 'p', 'yr', 'yrs', 'hr', 'hrs', 'min', 'mins', 'sec', 'secs', 'wk', 'wks'].includes(s);
}

/** The longest qualifier ending right before token `i` (not reaching before `floor`). */
function qualifierBefore(ctx: Ctx, i: number, floor: number): { kind: QualifierKind; label: string; i0: number } | null {
  for (const q of PRE_QUALIFIERS) {
    const n = q.words.length;
    const i0 = i - n;
    if (i0 < floor) continue;
    let ok = true;
    for (let k = 0; k < n; k++) {
      const tok = ctx.toks[i0 + k]!;
      if (tok.t !== q.words[k] || tok.k === 'num') {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // "ticked up to 4.2%", "crept up to", "went up to": a verb's particle, not "at most".
    if (q.words[0] === 'up' && q.words[1] === 'to' && isVerbToken(ctx.toks[i0 - 1])) continue;
    return { kind: q.kind, label: q.label, i0 };
  }
  return null;
}

/** A verb whose particle "up" makes "up to" a change ("ticked up to 4.2%"); see UP_PARTICLE_VERBS. */
function isVerbToken(t: Tok | undefined): boolean {
  if (t?.k !== 'word') return false;
  const x = t.t;
  if (UP_PARTICLE_VERBS.has(x)) return true;
  for (const stem of [x.replace(/s$/, ''), x.replace(/d$/, ''), x.replace(/ed$/, ''), x.replace(/ing$/, ''), x.replace(/ing$/, 'e'), x.replace(/ed$/, '').replace(/(.)\1$/, '$1'), x.replace(/ied$/, 'y')]) {
    if (stem !== x && UP_PARTICLE_VERBS.has(stem)) return true;
  }
  return false;
}

/** Drops floating-point noise from a product (0.95 × 12 → 11.4, not 11.399999999999999). */
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

/** SPEC §2 qualifier table: the interval a qualifier gives the stated number x. */
function qualifiedInterval(kind: QualifierKind | null, x: number): Interval {
  const closed = (a: number, b: number): Interval => ({ lo: Math.min(a, b), hi: Math.max(a, b), loOpen: false, hiOpen: false });
  switch (kind) {
    case null:
      return closed(x, x);
    case 'approx':
      return closed(tidy(0.95 * x), tidy(1.05 * x));
    case 'almost':
      return closed(tidy(0.95 * x), x);
    case 'over':
      return { lo: x, hi: Infinity, loOpen: true, hiOpen: true };
    case 'just-over':
      return { lo: x, hi: tidy(1.05 * x), loOpen: true, hiOpen: false };
    case 'at-least':
      return { lo: x, hi: Infinity, loOpen: false, hiOpen: true };
    case 'under':
      return { lo: -Infinity, hi: x, loOpen: true, hiOpen: true };
    case 'at-most':
      return { lo: -Infinity, hi: x, loOpen: true, hiOpen: false };
  }
}

/** Is the word before token `i` a label or a name that makes a bare number an identifier ("flight 370", "Boeing 737")? */
function identifierBefore(ctx: Ctx, i: number, first: number): boolean {
  const pt = ctx.toks[i - 1];
  if (pt?.k !== 'word') return false;
  if (LABEL_WORDS.has(pt.t)) return true;
  return pt.mixed && !ctx.titleCase && !isSentenceStart(ctx, i - 1, first) && !MONTHS.has(pt.t) && !WEEKDAYS.has(pt.t) && !MEASURE_BEFORE.has(pt.t);
}

function isSentenceStart(ctx: Ctx, i: number, first: number): boolean {
  if (i <= first) return true;
  const t = ctx.toks[i]!;
  if (t.nl) return true;
  const p = ctx.toks[i - 1]!;
  return p.k === 'sym' && /^[.!?:;"'(\[\-]$/.test(p.t);
}

function isPlural(tok: Tok): boolean {
  const word = tok.t;
  if (IRREGULAR_PLURALS.has(word)) return true;
  if (word.length < 3 || !word.endsWith('s')) return false;
  if (/(?:ss|us|is)$/.test(word) || SINGULAR_S.has(word)) return false;
  if (tok.cap && /(?:as|os)$/.test(word)) return false;
  return true;
}

/**
 * Reads a run of noun-phrase words from token `j`: stops at function words, punctuation,
 * numbers, a participle after the first word (`people killed`), and right after a plural
 * (the usual head: `undocumented Mexican citizens`). Returns `[j, end)` and the plural flag.
 */
function readRun(ctx: Ctx, j: number): { end: number; last: number; plural: boolean } | null {
  const toks = ctx.toks;
  let k = j;
  let count = 0;
  let last = -1;
  let plural = false;
  while (count < 6) {
    const t = toks[k];
    if (!t || t.k !== 'word') break;
    if (NOUN_STOP.has(t.t) && !(t.t === 'us' && t.upper)) break;
    if (t.cap && (MONTHS.has(t.t) || WEEKDAYS.has(t.t))) break;
    if (count > 0 && !t.cap && t.t.length > 4 && /(?:ed|ing)$/.test(t.t)) break;
    // One word: letters, with hyphen-joined parts ("non-Mexican") and dotted initials ("U.S.").
    let e = k + 1;
    for (;;) {
      if (sym(ctx, e, '-') && glued(ctx, e) && toks[e + 1]?.k === 'word' && glued(ctx, e + 1)) {
        e += 2;
        continue;
      }
      if (t.t.length === 1 && sym(ctx, e, '.') && glued(ctx, e) && toks[e + 1]?.k === 'word' && toks[e + 1]!.t.length === 1 && glued(ctx, e + 1)) {
        e += 2;
        if (sym(ctx, e, '.') && glued(ctx, e)) e++;
        continue;
      }
      break;
    }
    // Adverbial compounds are not nouns: "year-on-year", "month-over-month", "year-to-date".
    if (e > k + 1 && ctx.toks.slice(k, e).some((x) => x.t === 'on' || x.t === 'over' || x.t === 'to')) break;
    last = e - 1;
    while (toks[last]?.k !== 'word') last--;
    count++;
    k = e;
    if (isPlural(toks[last]!)) {
      plural = true;
      break;
    }
  }
  if (count === 0) return null;
  // A lone participle is a verb: "220,000 crossing from Mexico", "300 killed".
  const only = toks[j]!;
  if (count === 1 && !only.cap && only.t.length > 4 && /(?:ed|ing)$/.test(only.t)) return null;
  return { end: k, last, plural };
}

/** The noun phrase a number counts, read from token `j` (right after the mention). */
function readNoun(ctx: Ctx, j: number): { s: number; e: number } | null {
  const toks = ctx.toks;
  let k = j;
  const DETS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'all']);
  let viaOf = false;
  while (NOUN_LEAD_ADVERBS.has(w(ctx, k) ?? '')) k++;
  if (w(ctx, k) === 'of') {
    k++;
    viaOf = true;
    if (DETS.has(w(ctx, k) ?? '')) k++;
  }
  while (true) {
    const t = toks[k];
    if (t?.k === 'word' && !t.cap && t.t.length > 3 && t.t.endsWith('ly') && !NOUN_STOP.has(t.t) && !['family', 'supply', 'rally', 'assembly', 'monopoly', 'ally', 'anomaly'].includes(t.t)) k++;
    else if (NOUN_LEAD_ADVERBS.has(w(ctx, k) ?? '') && k > j) k++;
    else break;
  }
  let run = readRun(ctx, k);
  if (!run) return null;
  // "Nineteen of the train's 34 wagons": an owner, not the noun; the partitive's whole follows.
  if (viaOf && /^['’]s?\s/u.test(ctx.f.text.slice(toks[run.last]!.e, toks[run.last]!.e + 3))) return null;
  // Coordinated modifiers: "8,000 current and former employees", "small and medium-sized firms".
  const cw = w(ctx, k + 1);
  if (!run.plural && run.end === k + 1 && !toks[k]!.cap && (cw === 'and' || cw === 'or') && toks[k + 2]?.k === 'word' && !toks[k + 2]!.cap) {
    const second = readRun(ctx, k + 2);
    // (Not "12 dead and wounded dozens": a vague number ends the phrase.)
    if (second?.plural && second.end - (k + 2) <= 2 && !/^(?:dozens|scores|hundreds|thousands|millions|billions)$/.test(toks[second.last]!.t)) run = second;
  }
  const start = k;
  let end = run.end;
  const head = toks[run.last]!;
  // Coordinated proper nouns: "Guatemalans, Hondurans and Salvadorans".
  if (head.cap && run.plural) {
    let m = end;
    let ok = false;
    for (let guard = 0; guard < 8; guard++) {
      if (sym(ctx, m, ',') && toks[m + 1]?.k === 'word' && toks[m + 1]!.cap && isPlural(toks[m + 1]!)) {
        m += 2;
        continue;
      }
      const conj = sym(ctx, m, ',') ? m + 1 : m;
      const cw = w(ctx, conj);
      if ((cw === 'and' || cw === 'or') && toks[conj + 1]?.k === 'word' && toks[conj + 1]!.cap && isPlural(toks[conj + 1]!)) {
        m = conj + 2;
        ok = true;
      }
      break;
    }
    if (ok) end = m;
  } else if (!viaOf && w(ctx, end) === 'of') {
    // One prepositional complement: "detentions of non-Mexican nationals".
    let m = end + 1;
    if (DETS.has(w(ctx, m) ?? '')) m++;
    const pp = readRun(ctx, m);
    if (pp) end = pp.end;
  }
  return { s: start, e: end };
}

/** Does a "than" follow within the clause (`138,000 more jobs in November than in October`)? */
function thanFollows(ctx: Ctx, j: number): boolean {
  for (let k = j; k < j + 10 && k < ctx.toks.length; k++) {
    const t = ctx.toks[k]!;
    if (t.k === 'sym' && /^[,;:.!?]$/.test(t.t)) return false;
    if (t.k === 'word' && t.t === 'than') return true;
  }
  return false;
}

function span(ctx: Ctx, i0: number, i1: number): { start: number; end: number } {
  const a = ctx.toks[i0]!;
  const b = ctx.toks[i1 - 1]!;
  return { start: ctx.f.map[a.s]!, end: ctx.f.map[b.e]! };
}

function isYear(q: Quantity): boolean {
  return q.digits && q.bareInt && !q.explicitUnit && !q.scaled && q.raw >= 1800 && q.raw <= 2100;
}

function isDayNumber(q: Quantity): boolean {
  return q.digits && q.bareInt && !q.explicitUnit && q.raw >= 1 && q.raw <= 31;
}

function isMonthTok(t: Tok | undefined): boolean {
  return t !== undefined && t.k === 'word' && t.cap && MONTHS.has(t.t);
}

/** Is the bare number at `q` the day of a date: "February 23", "Feb. 23", "23 February", "23 of February"? */
function isDay(ctx: Ctx, q: Quantity): boolean {
  if (!isDayNumber(q)) return false;
  const b1 = ctx.toks[q.i0 - 1];
  if (isMonthTok(b1)) return true;
  if (b1?.k === 'sym' && b1.t === '.' && isMonthTok(ctx.toks[q.i0 - 2])) return true;
  if (isMonthTok(ctx.toks[q.i1])) return true;
  if (w(ctx, q.i1) === 'of' && isMonthTok(ctx.toks[q.i1 + 1])) return true;
  return false;
}

type Step = { mention?: NumberMention; next: number };

/**
 * Tries to read a mention at token `i`. Returns the mention (if any) and the token to go on
 * from, or null when nothing starts here.
 */
const FRACTION_NUMERATORS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const FRACTION_DENOMINATORS: Readonly<Record<string, [number, boolean]>> = {
  third: [3, false], thirds: [3, true], quarter: [4, false], quarters: [4, true], fifth: [5, false], fifths: [5, true],
  sixth: [6, false], sixths: [6, true], seventh: [7, false], sevenths: [7, true], eighth: [8, false], eighths: [8, true],
  ninth: [9, false], ninths: [9, true], tenth: [10, false], tenths: [10, true],
};
/** Words after a fraction that close it ("cut by two-fifths since 2015"); any other word makes it an ordinal ("a third term"). */
const AFTER_FRACTION = new Set(['of', 'since', 'in', 'on', 'by', 'to', 'from', 'for', 'over', 'at', 'last', 'this', 'and', 'but', 'while', 'than', 'compared', 'year', 'a', 'the']);

/**
 * A fraction in words at token `i`: "a third of", "two-thirds", "more than a quarter of",
 * "by two-fifths since 2015" — a share, read as a percentage (about, without a qualifier:
 * fractions are rounded statements). Not "a third term", "the third quarter", "a quarter-point".
 */
function fractionAt(ctx: Ctx, i: number): { num: number; den: number; i1: number } | null {
  const num = FRACTION_NUMERATORS[w(ctx, i) ?? ''];
  if (num === undefined) return null;
  let j = i + 1;
  if (sym(ctx, j, '-')) j++;
  const den = FRACTION_DENOMINATORS[w(ctx, j) ?? ''];
  if (!den || (num === 1) === den[1]) return null; // "a third", "two thirds"; not "a thirds", "two third"
  if (sym(ctx, j + 1, '-')) return null; // "a quarter-point cut"
  const next = ctx.toks[j + 1];
  if (next && next.k === 'word' && !AFTER_FRACTION.has(next.t)) return null;
  if (next && next.k === 'num') return null;
  // "a quarter of an hour", "a quarter of a percentage point": a fraction of a unit (read as that unit), not a share.
  if (w(ctx, j + 1) === 'of' && (w(ctx, j + 2) === 'a' || w(ctx, j + 2) === 'an')) return null;
  return { num, den: den[0], i1: j + 1 };
}

function step(ctx: Ctx, i: number, floor: number, first: number): Step | null {
  if (!ctx.claimValue) {
    const F = fractionAt(ctx, i);
    if (F) {
      const q = qualifierBefore(ctx, i, floor);
      const pct = tidy((100 * F.num) / F.den);
      const sp = span(ctx, q ? q.i0 : i, F.i1);
      const mention: NumberMention = {
        start: sp.start, end: sp.end, text: ctx.text.slice(sp.start, sp.end), value: pct,
        interval: qualifiedInterval(q ? q.kind : 'approx', pct), qualifier: q ? q.label : null, unitClass: 'percent',
      };
      return { mention, next: F.i1 };
    }
  }
  const A = parseQuantity(ctx, i);
  if (!A) return null;
  const toks = ctx.toks;
  const skip = (next: number): Step => ({ next });
  let q = qualifierBefore(ctx, A.i0, floor);
  let start = q ? q.i0 : A.i0;

  // Range: between A and B, from A to B, A to B, A-B, A or B (SPEC §2 table, last rows).
  let B: Quantity | null = null;
  let rangeLabel: string | null = null;
  let rangeStart = A.i0;
  const k = A.i1;
  const before = w(ctx, A.i0 - 1);
  // A change verb a few words back makes "x to y" a change, not a range: "rose from 5% to
  // 7%"; so does one before the change's own amount: "raised rates by 350 basis points,
  // from 6.5% to 10%" (not any verb across a comma: "grew, with 5,000 to 10,000 people").
  const verbWithin = (from: number, max: number): boolean => {
    for (let m = from - 1; m >= Math.max(first, from - max); m--) {
      const word = w(ctx, m);
      if (word === undefined) return false;
      if (CHANGE_WORDS.has(word)) return true;
    }
    return false;
  };
  const changeBefore = (from: number): boolean => {
    if (verbWithin(from, 4)) return true;
    if (!sym(ctx, from - 1, ',')) return false;
    // ", from": back over "by <amount> <unit words>" to the verb.
    for (let m = from - 2; m >= Math.max(first, from - 7); m--) {
      const t = toks[m]!;
      if (t.k === 'word' && t.t === 'by') return verbWithin(m, 6);
      if (!(t.k === 'word' || t.k === 'num' || (t.k === 'sym' && (t.t === '%' || t.t === '.' || CURRENCY_SYMBOLS.has(t.t))))) return false;
    }
    return false;
  };
  if (!A.vague && !A.age) {
    const startsNumber = (m: number): boolean => {
      const t = toks[m];
      return t !== undefined && (t.k === 'num' || (t.k === 'sym' && CURRENCY_SYMBOLS.has(t.t)) || t.k === 'word');
    };
    let cand: Quantity | null = null;
    let conn: 'dash' | 'to' | 'and' | 'or' | null = null;
    const dash = toks[k];
    if (dash?.k === 'sym' && dash.t === '-' && ((!dash.sp && glued(ctx, k + 1)) || (dash.sp && toks[k + 1]?.sp)) && startsNumber(k + 1)) {
      cand = parseQuantity(ctx, k + 1);
      conn = 'dash';
    } else if (w(ctx, k) === 'to' && startsNumber(k + 1)) {
      cand = parseQuantity(ctx, k + 1);
      conn = 'to';
    } else if (w(ctx, k) === 'and' && before === 'between' && startsNumber(k + 1)) {
      cand = parseQuantity(ctx, k + 1);
      conn = 'and';
    } else if (w(ctx, k) === 'or' && startsNumber(k + 1) && !A.explicitUnit) {
      cand = parseQuantity(ctx, k + 1);
      conn = 'or';
    }
    if (cand && (cand.vague || cand.age)) cand = null;
    if (cand && conn) {
      // Dash tallies and scores ("a 5-4 ruling", "won 3-1") are not ranges, nor counts.
      if (conn === 'dash' && cand.value <= A.value && !A.explicitUnit && !cand.explicitUnit && A.bareInt && cand.bareInt) {
        return skip(cand.i1);
      }
      // Model numbers after a name or label ("ATR 72-600", "Boeing 737-800") are identifiers.
      if (conn === 'dash' && !ctx.claimValue && A.digits && A.bareInt && cand.digits && cand.bareInt && !A.explicitUnit && !cand.explicitUnit && identifierBefore(ctx, A.i0, first)) {
        return skip(cand.i1);
      }
      let a = A;
      let b = cand;
      let ok = true;
      // Units: B lends its unit to a bare A ("5 to 10 percent"); A lends its currency to B only
      // in "$3-4bn" or when B carries a scale ("$3 to 4 billion").
      if (!a.explicitUnit && b.explicitUnit) a = { ...a, unit: b.unit, explicitUnit: true, value: a.value * b.unit.factor };
      else if (a.explicitUnit && !b.explicitUnit) {
        if (conn === 'dash' || b.scaled) b = { ...b, unit: a.unit, explicitUnit: true, value: b.value * a.unit.factor };
        else ok = false;
      } else if (a.explicitUnit && b.explicitUnit) {
        if (a.unit.unitClass !== b.unit.unitClass || a.unit.currency !== b.unit.currency || a.unit.timeUnit !== b.unit.timeUnit) ok = false;
      }
      // Scale: "2 to 3 million", "$3-4bn" (only when A as written is below B as written).
      if (ok && !a.scaled && b.scaled && Math.abs(a.raw) < Math.abs(b.raw)) {
        const s = b.value / (b.raw * b.unit.factor);
        if (Number.isFinite(s) && s > 1) a = { ...a, value: a.value * s, scaled: true };
      }
      if (conn === 'or' && (!a.bareInt && a.digits)) ok = false;
      if ((conn === 'to' || conn === 'or') && changeBefore(q ? q.i0 : A.i0 - (before === 'from' ? 1 : 0))) ok = false;
      if (ok && (isYear(a) || isYear(b))) ok = false;
      if (ok && b.value > a.value) {
        B = b;
        Object.assign(A, { value: a.value, unit: a.unit, explicitUnit: a.explicitUnit, scaled: a.scaled });
        if (conn === 'and') {
          rangeLabel = 'between';
          rangeStart = A.i0 - 1;
        } else if (conn === 'to' && before === 'from') {
          rangeLabel = 'from';
          rangeStart = A.i0 - 1;
        } else rangeLabel = conn === 'dash' ? '-' : conn;
        if (rangeStart !== A.i0) q = qualifierBefore(ctx, rangeStart, floor);
        // Only an approximation qualifier changes a range ("about 10 to 15" widens it); others are dropped.
        if (q && q.kind !== 'approx') q = null;
        start = q ? q.i0 : rangeStart;
      }
    }
  }
  let end = B ? B.i1 : A.i1;
  const prevWord = w(ctx, start - 1);

  if (!ctx.claimValue) {
    // SPEC §2 "Never counts".
    if (isYear(A) && !B) {
      // "2016-17", "2010 to 2015": skip the span so its second number is not read either.
      return skip(A.i1);
    }
    if (isDay(ctx, A)) {
      let n = A.i1;
      if (sym(ctx, n, '-') && toks[n + 1]?.k === 'num') n += 2; // "Feb. 23-25"
      return skip(n);
    }
    if (prevWord === 'aged' || prevWord === 'ages' || prevWord === 'age' || A.age || B?.age) return skip(end);
    // "between the ages of 5 and 17", "at the age of 45"
    if (prevWord === 'of' && (w(ctx, start - 2) === 'ages' || w(ctx, start - 2) === 'age')) {
      const conj = w(ctx, end) === 'and' || w(ctx, end) === 'to' || w(ctx, end) === 'or' || sym(ctx, end, '-');
      const second = conj ? parseQuantity(ctx, end + 1) : null;
      return skip(second ? second.i1 : end);
    }
    const bare = A.digits && !A.explicitUnit && !A.scaled && !q && !B && !A.vague;
    const pt = toks[A.i0 - 1];
    // Labels and identifiers: "flight 370", "Category 4", "Boeing 737", "iPhone 7", "No 10".
    if (bare && identifierBefore(ctx, A.i0, first) && !MEASURE_BEFORE.has(pt?.t ?? '')) return skip(end);
    // Ages in apposition, as wire copy and tabloids write them: "John Smith, 45, said", "The star, 27, earns".
    if (bare && A.bareInt && A.raw <= 120 && sym(ctx, A.i0 - 1, ',') && toks[A.i0 - 2]?.k === 'word' && (sym(ctx, A.i1, ',') || sym(ctx, A.i1, ')'))) {
      return skip(end);
    }
    // Ratios: "1 in 5 children", "more than nine in 10 members" are shares, read as a
    // percentage (never a count). A ratio is a rounded statement: without a qualifier it is
    // "about" that share.
    if (!A.explicitUnit && !B && w(ctx, A.i1) === 'in') {
      const R = parseQuantity(ctx, A.i1 + 1);
      if (R && !R.explicitUnit && !R.vague && R.value > A.value) {
        if (ctx.claimValue || A.value <= 0) return skip(R.i1);
        const pct = tidy((100 * A.value) / R.value);
        const sp = span(ctx, start, R.i1);
        const mention: NumberMention = {
          start: sp.start, end: sp.end, text: ctx.text.slice(sp.start, sp.end), value: pct,
          interval: qualifiedInterval(q ? q.kind : 'approx', pct), qualifier: q ? q.label : null, unitClass: 'percent',
        };
        return { mention, next: R.i1 };
      }
    }
    // Multipliers: "a 1.5-fold rise".
    if (!A.explicitUnit && !B && (w(ctx, A.i1) === 'fold' || (sym(ctx, A.i1, '-') && w(ctx, A.i1 + 1) === 'fold'))) return skip(end);
    // Street addresses: "10 Downing Street", "1600 Pennsylvania Avenue".
    if (bare && A.bareInt) {
      for (let m = A.i1; m < A.i1 + 4 && toks[m]?.k === 'word' && toks[m]!.cap; m++) {
        if (STREET_WORDS.has(toks[m]!.t)) return skip(end);
      }
    }
  }

  // "All but 11 of the 72 people": the rest of the whole, 72 - 11 (the whole is read on its own next).
  if (!ctx.claimValue && !q && !B && !A.vague && !A.age && start - 2 >= floor && w(ctx, start - 2) === 'all' && w(ctx, start - 1) === 'but' && w(ctx, A.i1) === 'of') {
    let k = A.i1 + 1;
    if (['the', 'its', 'their', 'those', 'these'].includes(w(ctx, k) ?? '')) k++;
    const W = toks[k]?.k === 'num' || w(ctx, k) !== undefined ? parseQuantity(ctx, k) : null;
    if (W && !W.vague && !W.age && W.unit.unitClass === A.unit.unitClass && W.value > A.value && !(W.digits && isYear(W))) {
      const sp = span(ctx, start - 2, A.i1);
      const rest = W.value - A.value;
      const m: NumberMention = {
        start: sp.start, end: sp.end, text: ctx.text.slice(sp.start, sp.end), value: rest,
        interval: { lo: rest, hi: rest, loOpen: false, hiOpen: false }, qualifier: 'all but', unitClass: W.unit.unitClass,
      };
      if (W.unit.currency) m.currency = W.unit.currency;
      if (W.unit.timeUnit) m.timeUnit = W.unit.timeUnit;
      return { mention: m, next: A.i1 };
    }
  }

  // Post-qualifiers: "220,000 or more", "a dozen or so", "10,000+", "10,000-plus".
  let postKind: QualifierKind | null = null;
  let postLabel: string | null = null;
  if (!q && !B && !A.vague) {
    for (const pq of POST_QUALIFIERS) {
      if (pq.words.every((word, n) => w(ctx, end + n) === word)) {
        postKind = pq.kind;
        postLabel = pq.label;
        end += pq.words.length;
        break;
      }
    }
    if (!postKind && sym(ctx, end, '+') && glued(ctx, end) && !(toks[end + 1]?.k === 'num' && glued(ctx, end + 1))) {
      postKind = 'at-least';
      postLabel = 'or more';
      end += 1;
    } else if (!postKind && sym(ctx, end, '-') && glued(ctx, end) && w(ctx, end + 1) === 'plus' && glued(ctx, end + 1)) {
      postKind = 'at-least';
      postLabel = 'or more';
      end += 2;
    }
  }

  // "one" is a pronoun or determiner unless the text makes it a figure (task: "one of the", "one day").
  if (A.oneOnly && !B && !ctx.claimValue) {
    const nextWord = w(ctx, end);
    const pw = w(ctx, start - 1);
    let ok = false;
    if (q || postKind) ok = true;
    else if (A.unit.unitClass === 'time') {
      // "lasted one day", "a one-year ban" — but not the determiner of "One day, he …", "some day".
      const after = ctx.toks[end];
      ok =
        A.unit.hyphen ||
        !(
          isSentenceStart(ctx, start, first) ||
          ['some', 'one', 'the', 'that', 'this', 'every', 'each', 'any', 'no'].includes(pw ?? '') ||
          (after?.k === 'sym' && after.t === ',') ||
          ['he', 'she', 'they', 'we', 'i', 'you', 'it', 'there', 'the', 'a', 'when', 'soon', 'in'].includes(nextWord ?? '')
        );
    } else if (A.explicitUnit) ok = true;
    else if (pw === 'only' || pw === 'just') ok = nextWord !== 'of';
    else if (nextWord !== undefined && ONE_NOUNS.has(nextWord)) ok = true;
    if (pw === 'no' || (nextWord === 'of' && !A.explicitUnit)) ok = false;
    if (!ok) return skip(end);
  }

  // Interval and qualifier (SPEC §2 table).
  let interval: Interval;
  let qualifier: string | null;
  if (A.vague) {
    interval = { lo: A.vague.lo, hi: A.vague.hi, loOpen: false, hiOpen: false };
    qualifier = A.vague.label;
  } else if (B) {
    interval = q?.kind === 'approx'
      ? { lo: tidy(0.95 * A.value), hi: tidy(1.05 * B.value), loOpen: false, hiOpen: false }
      : { lo: A.value, hi: B.value, loOpen: false, hiOpen: false };
    qualifier = q ? q.label : rangeLabel;
  } else if (q) {
    interval = qualifiedInterval(q.kind, A.value);
    qualifier = q.label;
  } else {
    interval = qualifiedInterval(postKind, A.value);
    qualifier = postKind === null ? null : postLabel;
  }

  // Comparatives: "138,000 more jobs than", "5,000 fewer deaths" (SPEC §2: a difference, not the subject's figure).
  // "15,000 more agents" without "than" is an addition of 15,000 agents, read as a plain count.
  let comparative = false;
  const cw = w(ctx, end);
  if (cw !== undefined && COMPARATIVES.has(cw)) {
    if (cw === 'fewer' || cw === 'less') comparative = true;
    else comparative = thanFollows(ctx, end + 1);
  }

  const unit = (B ?? A).unit;
  const sp = span(ctx, start, end);
  const m: NumberMention = {
    start: sp.start,
    end: sp.end,
    text: ctx.text.slice(sp.start, sp.end),
    value: A.value,
    interval,
    qualifier,
    unitClass: unit.unitClass,
  };
  if (B) m.high = B.value;
  if (unit.currency) m.currency = unit.currency;
  if (unit.timeUnit) m.timeUnit = unit.timeUnit;
  if (comparative) m.comparative = true;
  // Compound modifiers and measure words: "a 6.9-magnitude quake", "a four-storey building",
  // "a magnitude 6.9 quake" measure something; the noun that follows is not what they count.
  let nounFrom = end;
  let measure: number | null = null;
  if (!ctx.claimValue && !B && !A.vague && !postKind && unit.unitClass === 'count' && !A.explicitUnit) {
    const h = toks[end];
    const mw = toks[end + 1];
    if (h?.k === 'sym' && h.t === '-' && !h.sp && mw?.k === 'word' && !mw.sp && mw.t.length >= 3 && !mw.cap && !isPlural(mw) && !NOUN_STOP.has(mw.t)) {
      measure = end + 1;
      nounFrom = end + 2;
    } else if (start > 0 && toks[start - 1]?.k === 'word' && MEASURE_BEFORE.has(toks[start - 1]!.t)) {
      measure = start - 1;
    }
  }
  if (measure !== null) {
    const ms = span(ctx, measure, measure + 1);
    m.measure = { start: ms.start, end: ms.end, text: ctx.text.slice(ms.start, ms.end) };
  }
  let noun = readNoun(ctx, nounFrom);
  // Money "in" what it is paid in or counts: "€150 billion in EU-backed loans", "$4.8 million
  // in penalties" (not "in March", "in Texas", "in the quarter").
  if (!noun && unit.unitClass === 'currency' && !B && w(ctx, nounFrom) === 'in') {
    const t = toks[nounFrom + 1];
    const hyphenCap = t?.k === 'word' && t.cap && sym(ctx, nounFrom + 2, '-') && glued(ctx, nounFrom + 2) && toks[nounFrom + 3]?.k === 'word' && !toks[nounFrom + 3]!.cap;
    if (t?.k === 'word' && (!t.cap || hyphenCap) && !MONTHS.has(t.t) && !NOUN_STOP.has(t.t) && !TIME_WORDS.has(t.t)) {
      const run = readRun(ctx, nounFrom + 1);
      if (run && run.plural) noun = { s: nounFrom + 1, e: run.end };
    }
  }
  if (noun && noun.e > noun.s) {
    const ns = span(ctx, noun.s, noun.e);
    m.noun = { start: ns.start, end: ns.end, text: ctx.text.slice(ns.start, ns.end) };
  }
  return { mention: m, next: end };
}

const TITLE_LOWER = new Set(['with', 'from', 'into', 'over', 'than', 'that', 'this', 'upon', 'onto', 'amid', 'after', 'under']);

function makeCtx(text: string, start: number, end: number, claimValue: boolean): Ctx {
  const f = fold(text, start, end);
  const toks = tokenize(text, f);
  markBad(text, f, toks);
  // Title Case (headlines): no lower-case word of 4+ letters but short prepositions.
  let long = 0;
  let lower = 0;
  for (const t of toks) {
    if (t.k === 'word' && t.t.length >= 4) {
      long++;
      if (!t.mixed && !TITLE_LOWER.has(t.t)) lower++;
    }
  }
  return { text, f, toks, claimValue, titleCase: long >= 3 && lower === 0 };
}

function scan(ctx: Ctx): NumberMention[] {
  const out: NumberMention[] = [];
  let floor = 0;
  let i = 0;
  while (i < ctx.toks.length) {
    const r = step(ctx, i, floor, 0);
    if (r) {
      if (r.mention) out.push(r.mention);
      i = Math.max(r.next, i + 1);
      floor = i;
    } else i++;
  }
  return out;
}

/**
 * Reads every figure in `text.slice(start, end)` (normally one sentence), in order.
 *
 * Offsets in the result are half-open UTF-16 offsets into the whole `text`. Never returned
 * (SPEC §2 "Never counts"): years (a whole number 1800–2100 written without a thousands
 * separator and with no unit), days of dates, times of day, ordinals, numbers inside
 * identifiers and labels (MH17, F-16, Boeing 737, flight 370, No. 10), phone numbers, ages
 * ("a 10-year-old", "Smith, 45,", "aged 45"), scores and tallies ("a 5-4 ruling"), and
 * "one" used as a pronoun or determiner ("one of the", "one day").
 */
export function readNumbers(text: string, start = 0, end = text.length): NumberMention[] {
  start = Math.max(0, start);
  end = Math.min(text.length, end);
  if (start >= end) return [];
  return scan(makeCtx(text, start, end, false));
}

/**
 * Reads a claim's `value` string (SPEC §2 "kind: quantity"): "218,000", "2.5 billion",
 * "$21.6bn", "45%", "€3m", "-3.5%", "0.3 percentage points", "2016". The whole string must
 * be one plain figure: no qualifier, no range; otherwise null.
 */
export function parseNumberValue(s: string): { value: number; unitClass: UnitClass; currency?: string; timeUnit?: TimeUnit } | null {
  const trimmed = s.trim();
  if (trimmed === '') return null;
  if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(trimmed)) return { value: Number(trimmed), unitClass: 'count' };
  const ctx = makeCtx(trimmed, 0, trimmed.length, true);
  const found = scan(ctx);
  if (found.length !== 1) return null;
  const m = found[0]!;
  if (m.start !== 0 || !/^[.\s]*$/.test(trimmed.slice(m.end))) return null;
  if (m.qualifier !== null || m.high !== undefined || m.comparative || m.noun) return null;
  return {
    value: m.value,
    unitClass: m.unitClass,
    ...(m.currency ? { currency: m.currency } : {}),
    ...(m.timeUnit ? { timeUnit: m.timeUnit } : {}),
  };
}
