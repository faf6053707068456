/**
 * The date reader's patterns (SPEC §2 "kind: date"): each rule finds a phrasing in the
 * text and turns it into a {@link Reading}, a description of what the words say,
 * before any publication date is applied. `dates.ts` picks the longest non-overlapping
 * readings and resolves them against the publication date.
 *
 * Conventions shared by every rule:
 * - Spans start at the first word that carries date meaning: prepositions (`on`,
 *   `in`, `since`) and determiners (`the`) are left out (`on [Thursday]`,
 *   `in the [1990s]`, `over the [past week]`); modifiers that change the resolution
 *   are kept (`[last Thursday]`, `[Earlier this week]`, `[mid-February]`). A
 *   possessive stays outside (`[Tuesday]’s`). Exception: the idioms
 *   `[the day before yesterday]`, `[the day after tomorrow]`.
 * - Month and weekday names must be capitalized (news style); that keeps `may`
 *   (modal), `march` (the noun/verb), `wed` (verb) out. Modifier words (`last`,
 *   `this`, `earlier`) may be lower- or title-case.
 * - Typographic apostrophes and dashes are accepted wherever ASCII ones are.
 */
import { daysInMonth, isValidYmd } from './date-calendar.js';

/** Part of a period named by `early` / `mid` / `late` (and `earlier` / `later` with `this`). */
export type Part = 'early' | 'mid' | 'late';

/** Calendar unit of a relative expression. */
export type Unit = 'day' | 'week' | 'month' | 'year';

/** What a date phrase says, before resolution against the publication date. */
export type Reading =
  /** A full date, possibly a day range within one month (`23-24 February 2017`). */
  | { kind: 'ymd'; y: number; m: number; d: number; d2?: number; wd?: number }
  /** Month and day without a year (`Feb. 23`, `Thursday 23 February`), or with one relative to P's (`September 14 last year`: `yo` -1). */
  | { kind: 'md'; m: number; d: number; d2?: number; wd?: number; yo?: -1 | 0 | 1 }
  /** A month of a given year (`February 2017`, `mid-February 2017`). */
  | { kind: 'ym'; y: number; m: number; part?: Part }
  /** A month without a year: `in February` (near), `last March`, `next May`, `this June`; `yo` as for md (`in September last year`). */
  | { kind: 'month'; m: number; rel: 'near' | 'last' | 'next' | 'this'; part?: Part; yo?: -1 | 0 | 1 }
  /** Whole years `y1`…`y2` (a year, a decade, a year range), optionally a part of them. */
  | { kind: 'years'; y1: number; y2: number; part?: Part }
  /** A fiscal year: `us` = US federal (Oct–Sep, named by its ending year); `uk` =
   * April-to-April financial/tax year named by its starting year; `split` = a year
   * named by two calendar years (`2016/17`). */
  | { kind: 'fiscal'; y: number; style: 'us' | 'uk' | 'split' }
  /** A season, by year (`summer 2016`) or relative to P (`last fall`). */
  | { kind: 'season'; season: Season; y?: number; split?: boolean; rel?: 'last' | 'this' | 'next'; part?: Part | 'earlier' | 'later' }
  /** A weekday: nearest to P, or forced past/future, or within last/this/next week. */
  | { kind: 'weekday'; wd: number; rel: 'near' | 'last' | 'next'; week?: -1 | 0 | 1 }
  /** A day of the month alone (`on the 14th`): the nearest such day to P. */
  | { kind: 'dom'; d: number }
  /** A day relative to P (`yesterday` = -1). */
  | { kind: 'day'; offset: number }
  /** A calendar week/month/year relative to P's (`last week` = -1), or a part of it. */
  | { kind: 'period'; unit: 'week' | 'month' | 'year' | 'weekend'; offset: number; part?: Part | 'earlier' | 'later' }
  /** A rolling span ending or starting at P (`the past week`, `the next two months`). */
  | { kind: 'rolling'; unit: Unit; n: number; dir: -1 | 1 }
  /** `N units ago`. */
  | { kind: 'ago'; unit: Unit; n: number }
  /** `the weekend`: the Saturday–Sunday nearest to P. */
  | { kind: 'weekend' };

export type Season = 'spring' | 'summer' | 'fall' | 'winter';

/** A reading found at `[start, end)` (offsets into the full text). */
export interface Candidate {
  start: number;
  end: number;
  reading: Reading;
  /** Index of the rule that found it (lower wins ties of equal length). */
  rule: number;
}

// ---------------------------------------------------------------------------
// Lexicon

const MONTHS_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_ABBR: Record<string, number> = {
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
};
const WEEKDAYS_FULL = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY_ABBR: Record<string, number> = {
  Sun: 0, Mon: 1, Tue: 2, Tues: 2, Wed: 3, Thu: 4, Thur: 4, Thurs: 4, Fri: 5, Sat: 6,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, 'a couple of': 2, 'couple of': 2,
};

/** Words before a bare month name that make it a date (`in February`). */
const MONTH_PREPS = new Set(['in', 'since', 'until', 'till', "'til", 'through', 'throughout', 'during', 'before', 'after', 'from', 'by', 'between', 'into', 'around']);
/** The same for the ambiguous `May` (the modal verb; Theresa May): a strict subset. */
const MAY_PREPS = new Set(['in', 'since', 'until', 'till', 'through', 'throughout', 'during', 'between']);
/** `the end of May`: nouns that make `of` a temporal preposition. */
const OF_HEADS = new Set(['end', 'beginning', 'start', 'middle', 'month', 'week', 'weeks', 'half', 'rest', 'part', 'days', 'ides']);
/** Months that are also given names: never followed by a capitalized word or a possessive. */
const NAME_MONTHS = new Set([4, 5, 6, 8]);

/** Determiners: "the last week of …", "the last fall in prices" are not relative dates. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'that']);
/** Words before a four-digit number that make it a count or an identifier, not a year. */
const YEAR_REJECT_BEFORE = new Set([
  // quantity qualifiers (SPEC §2 quantity table)
  'about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'than', 'least', 'most', 'estimated',
  'exactly', 'only', 'just', 'over', 'under', 'below', 'above', 'total', 'additional', 'another', 'extra', 'hire',
  // identifiers
  'no', 'nos', 'number', 'room', 'flight', 'route', 'page', 'pages', 'article', 'section', 'chapter', 'paragraph',
  'resolution', 'rule', 'bill', 'model', 'version', 'lot', 'suite', 'highway', 'interstate', 'platform', 'gate',
  'unit', 'box', 'code', 'item', 'exhibit', 'vol', 'volume', 'order', 'channel', 'bus', 'train', 'pier',
]);
/** Words after a four-digit number that make it a quantity, not a year. */
const YEAR_REJECT_AFTER = new Set([
  'people', 'persons', 'men', 'women', 'children', 'kids', 'residents', 'police', 'staff', 'personnel', 'troops',
  'soldiers', 'workers', 'employees', 'jobs', 'migrants', 'refugees', 'students', 'votes', 'seats', 'units',
  'percent', 'pc', 'per', 'bp', 'bps', 'points', 'pts', 'hrs', 'hours', 'gmt', 'utc', 'et', 'est', 'edt', 'bst',
  'cet', 'local', 'km', 'kg', 'mph', 'kph', 'mw', 'gw', 'kw', 'feet', 'ft', 'metres', 'meters', 'miles', 'acres',
  'hectares', 'tons', 'tonnes', 'barrels', 'calories', 'yen', 'yuan', 'won', 'baht', 'rand', 'euros', 'euro',
  'pounds', 'dollars', 'pesos', 'rupees', 'times', 'degrees',
]);
/** Street words: `2000 Pennsylvania Avenue` is an address. */
const STREET_WORDS = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'lane', 'way', 'place', 'square', 'court']);
/** Words before a year that do not make a following plural noun a count (`the 2016 elections`, `in 2016 elections`). */
const YEAR_FRIENDLY_BEFORE = new Set([
  ...DETERMINERS, 'this', 'these', 'those', 'in', 'since', 'by', 'until', 'till', 'before', 'after', 'from', 'through',
  'throughout', 'during', 'of', 'for', 'to', 'and', 'or', 'between', 'circa', 'mid', 'early', 'late',
]);
/** Capitalized words before a weekday that name a special day or a person, not a date. */
const WEEKDAY_REJECT_BEFORE = new Set([
  'Black', 'Good', 'Super', 'Cyber', 'Ash', 'Maundy', 'Easter', 'Palm', 'Bloody', 'Holy', 'Shrove', 'Giving',
  'Fat', 'Blue', 'Manic', 'Man', 'Girl', 'Joe', 'Business', 'Small', 'Bowl',
]);
/** `The Mail on Sunday`: newspaper names of the form `X on Sunday`. */
const ON_SUNDAY_PAPERS = new Set(['Mail', 'Sun', 'Independent', 'Express', 'Mirror', 'Star']);
/** Capitalized words after a weekday that make it a title (`The Sunday Times`). */
const WEEKDAY_REJECT_AFTER = new Set([
  'Times', 'Telegraph', 'Express', 'Mirror', 'People', 'Herald', 'Post', 'Independent', 'Mail', 'Sport', 'Star',
  'World', 'Business', 'Tribune', 'Observer', 'Review', 'Night', 'Morning', 'Bloody', 'School', 'Service',
  'Today', 'Politics', 'Sun',
]);
// ---------------------------------------------------------------------------
// Regular-expression fragments (all rules use the `u` flag)

const B = String.raw`(?<![\p{L}\p{N}_])`; // word start
const E = String.raw`(?![\p{L}\p{N}_])`; // word end
const DASH = String.raw`[-\u2010\u2011\u2012\u2013\u2014]`;
const APOS = String.raw`['\u2018\u2019]`;
const MONTH_NAMES = [...MONTHS_FULL, 'Sept', ...Object.keys(MONTH_ABBR).filter((a) => a !== 'Sept')].join('|');
const WD_FULL = WEEKDAYS_FULL.join('|');
const WD_ANY = `(?:${WD_FULL}|Thurs|Thur|Thu|Tues|Tue|Mon|Wed|Fri|Sat|Sun)${E}\\.?`;
const MONTH = (g: string) => `(?<${g}>${MONTH_NAMES})${E}`;
const DAY = (g: string) => String.raw`(?<${g}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\p{L}\p{N}]|[.,:]\d)`;
const YEAR = (g: string) => String.raw`(?<${g}>1[89]\d\d|20\d\d|2100)(?!\d)`;
const SECOND_YEAR = String.raw`(?:\s*[-\u2013\u2014/]\s*(?:(?<y2>1[89]\d\d|20\d\d|2100)|(?<yy2>\d\d))(?!\d))`;
const CAP = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const REL = `(?:${CAP('this')}\\s+past|${CAP('this')}\\s+coming|${CAP('last')}|${CAP('next')}|${CAP('this')}|${CAP('past')}|${CAP('coming')})`;
const PART = `(?:${CAP('early')}|${CAP('mid')}|${CAP('late')})`;
const SEASON = `(?:${CAP('spring')}|${CAP('summer')}|${CAP('fall')}|${CAP('autumn')}|${CAP('winter')})`;
const NUM = String.raw`(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|(?:a\s+)?couple\s+of)`;
/** NUM, also capitalized (a sentence may begin "A week ago"). */
const NUM_AGO = String.raw`(?:\d{1,3}|[Aa]n?|(?:${['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'fifty'].map(CAP).join('|')})|(?:[Aa]\s+)?couple\s+of)`;

// ---------------------------------------------------------------------------
// Context helpers

interface Tok {
  text: string;
  start: number;
  end: number;
}

/** The token just before `i` (a word, or one punctuation character), skipping white space. */
function prevTok(s: string, i: number, floor: number): Tok | null {
  let j = i;
  while (j > floor && /\s/u.test(s[j - 1]!)) j--;
  if (j <= floor) return null;
  const end = j;
  if (!/[\p{L}\p{N}]/u.test(s[j - 1]!)) return { text: s[j - 1]!, start: j - 1, end };
  while (j > floor && /[\p{L}\p{N}'\u2019]/u.test(s[j - 1]!)) j--;
  return { text: s.slice(j, end), start: j, end };
}

/** The token just after `i`, skipping white space. */
function nextTok(s: string, i: number, ceil: number): Tok | null {
  let j = i;
  while (j < ceil && /\s/u.test(s[j]!)) j++;
  if (j >= ceil) return null;
  const start = j;
  if (!/[\p{L}\p{N}]/u.test(s[j]!)) return { text: s[j]!, start, end: j + 1 };
  while (j < ceil && /[\p{L}\p{N}]/u.test(s[j]!)) j++;
  return { text: s.slice(start, j), start, end: j };
}

const isCapitalized = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}/u.test(w);
const lower = (t: Tok | null): string => (t ? t.text.toLowerCase().replace(/\u2019/g, "'") : '');
/** True when `s` at `i` continues with a possessive `'s` / `’s`. */
const possessiveAt = (s: string, i: number): boolean => /^['\u2019]s(?![\p{L}])/u.test(s.slice(i, i + 3));

function monthNumber(name: string): number {
  const full = MONTHS_FULL.indexOf(name);
  return full >= 0 ? full + 1 : MONTH_ABBR[name]!;
}
function weekdayNumber(name: string): number {
  const bare = name.replace(/\.$/, '');
  const full = WEEKDAYS_FULL.indexOf(bare);
  return full >= 0 ? full : WEEKDAY_ABBR[bare]!;
}
function dayNumber(s: string): number {
  return parseInt(s, 10);
}
/** A second year written in full or as two digits after `y1` (`2016-17`, `1999-00`). */
function secondYear(y1: number, y2: string | undefined, yy2: string | undefined): number | null {
  if (y2 !== undefined) return Number(y2);
  if (yy2 === undefined) return null;
  let y = Math.floor(y1 / 100) * 100 + Number(yy2);
  if (y <= y1) y += 100;
  return y;
}
function twoDigitYear(yy: string): number {
  const n = Number(yy);
  return n < 50 ? 2000 + n : 1900 + n;
}
function relOf(word: string | undefined): 'last' | 'next' | 'this' | 'past' | undefined {
  if (word === undefined) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'last' || w === 'past' || w === 'this past') return w === 'last' ? 'last' : 'past';
  if (w === 'next' || w === 'coming' || w === 'this coming') return 'next';
  return 'this';
}
function partOf(word: string | undefined): Part | undefined {
  if (word === undefined) return undefined;
  const w = word.toLowerCase();
  return w === 'early' ? 'early' : w === 'late' ? 'late' : 'mid';
}
function seasonOf(word: string): Season {
  const w = word.toLowerCase();
  return w === 'autumn' ? 'fall' : (w as Season);
}

// ---------------------------------------------------------------------------
// Rules

/** What a rule sees: `s` is the scanned window only; context checks stay within `[lo, hi)` of it. */
interface Ctx {
  s: string;
  lo: number;
  hi: number;
}
type Match = RegExpExecArray & { groups: Record<string, string | undefined> };
interface Rule {
  name: string;
  re: RegExp;
  /** A necessary condition on the text (see NEEDS); undefined: none. */
  needs: RegExp | undefined;
  /** Returns the reading and, optionally, a narrowed span; `null` rejects the match. */
  read(m: Match, ctx: Ctx): Reading | { reading: Reading; start?: number; end?: number } | null;
}

function rule(name: string, source: string, read: Rule['read']): Rule {
  return { name, re: new RegExp(source, 'gu'), read, needs: NEEDS[name] };
}

/**
 * What a rule's pattern cannot match without (a digit, a month or weekday name, its key
 * word): a sentence without it skips the rule. Most cue sentences hold no date at all, and
 * testing these is far cheaper than running every rule's pattern over them. Each is implied
 * by its rule's pattern (test/dates.test.ts compares with and without on many articles).
 */
const DIGIT = /\d/;
const NEEDS: Readonly<Record<string, RegExp>> = {
  iso: DIGIT, numeric: DIGIT, decade: DIGIT, 'year-range': DIGIT, year: DIGIT, fiscal: DIGIT, fy: DIGIT, 'year-fiscal': DIGIT, 'season-year': DIGIT,
  'month-day': /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
  'day-month': /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
  month: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
  weekday: /(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day/,
  'day-word': /[Tt]o(?:day|night|morrow)|[Yy]esterday/,
  'day-ordinal': /\d(?:st|nd|rd|th)/,
  'day-idiom': /yesterday|tomorrow/,
  'day-part': /morning|afternoon|evening|night/,
  period: /week|month|year/,
  'season-rel': /[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter/,
  rolling: /days|weeks|months|years/,
  ago: /ago/,
  weekend: /weekend/,
};

/** Shared checks for a four-digit year standing alone (SPEC §2: `in 2008`, but `2,017` and `1500 people` are not dates). */
function yearContextOk(ctx: Ctx, start: number, end: number): boolean {
  const { s, lo, hi } = ctx;
  const before = prevTok(s, start, lo);
  const b = lower(before);
  if (b === '$' || b === '£' || b === '€' || b === '¥' || b === '#') return false;
  if (YEAR_REJECT_BEFORE.has(b)) return false;
  if (b === 'to' && lower(prevTok(s, before!.start, lo)) === 'up') return false;
  if (b === 'many' || b === 'much') return false; // as many as 2000
  if (b === '.' && /^no$/i.test(prevTok(s, before!.start, lo)?.text ?? '')) return false;
  const after = nextTok(s, end, hi);
  const a = lower(after);
  if (a === '%') return false;
  if (YEAR_REJECT_AFTER.has(a)) return false;
  if (after && (STREET_WORDS.has(a) || STREET_WORDS.has(lower(nextTok(s, after.end, hi))))) return false;
  // "treated 1999 patients": a verb, the number, a plural noun — a count. Kept as a
  // year after determiners, prepositions and possessives ("the 2016 elections").
  if (after && /^\p{Ll}{3,}s$/u.test(after.text) && !/(?:ss|us|is)$/.test(after.text) && before && /^\p{Ll}+$/u.test(before.text) && !YEAR_FRIENDLY_BEFORE.has(b)) return false;
  return true;
}

/** Context that makes a bare month name (no day, no year) a date. */
function bareMonthOk(ctx: Ctx, start: number, end: number, month: number): boolean {
  const { s, lo, hi } = ctx;
  const after = nextTok(s, end, hi);
  const possessive = possessiveAt(s, end);
  if (NAME_MONTHS.has(month)) {
    // April Ryan, June Carter, Theresa May's: names, not months.
    if (possessive) return false;
    if (after && isCapitalized(after.text) && /^\p{L}/u.test(after.text)) return false;
  } else if (possessive) {
    return true; // February's jobs report
  }
  const before = prevTok(s, start, lo);
  const b = lower(before);
  const preps = month === 5 ? MAY_PREPS : MONTH_PREPS;
  if (preps.has(b)) return true;
  if (b === 'of') {
    const head = lower(prevTok(s, before!.start, lo));
    return OF_HEADS.has(head);
  }
  if (b === 'and' || b === 'or' || b === 'to' || b === 'through' || b === 'until' || b === '-' || b === '–') {
    // January to March: a month name before the connective
    const prior = prevTok(s, before!.start, lo);
    return prior !== null && (MONTHS_FULL.includes(prior.text) || prior.text in MONTH_ABBR);
  }
  return false;
}

/** "September 14 last year", "in March this year": the year relative to the publication year. */
const YEAR_REL = String.raw`\s+(?<yrel>last|this|next)\s+year(?![\p{L}\p{N}_]|['’]s)`;
function yearRel(word: string | undefined): { yo?: -1 | 0 | 1 } {
  if (word === undefined) return {};
  const w = word.toLowerCase();
  return { yo: w === 'last' ? -1 : w === 'next' ? 1 : 0 };
}

const RULES: Rule[] = [
  // 2017-02-23, 2017/02/23
  rule('iso', String.raw`${B}(?<!\d[-/.,])${YEAR('y')}(?<sep>[-/])(?<m>0[1-9]|1[0-2])\k<sep>(?<d>0[1-9]|[12]\d|3[01])(?![\p{L}\p{N}]|[-/.]\d)`, (m) => {
    const y = Number(m.groups.y);
    const mo = Number(m.groups.m);
    const d = Number(m.groups.d);
    return isValidYmd(y, mo, d) ? { kind: 'ymd', y, m: mo, d } : null;
  }),

  // 23/02/2017, 02/23/2017, 23.02.2017 (SPEC is silent: dots are day-first; with slashes or
  // hyphens the order is taken from a part above 12; when both parts are 12 or less and
  // differ the date is ambiguous between US and British order and is not read at all).
  rule('numeric', String.raw`${B}(?<![-/.,]\d*)(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>${YEAR('y')}(?![\p{L}\p{N}]|[-/.]\d)`, (m) => {
    const a = Number(m.groups.a);
    const b = Number(m.groups.b);
    const y = Number(m.groups.y);
    let d: number;
    let mo: number;
    if (m.groups.sep === '.') [d, mo] = [a, b];
    else if (a > 12) [d, mo] = [a, b];
    else if (b > 12) [mo, d] = [a, b];
    else if (a === b) [d, mo] = [a, b];
    else return null;
    return isValidYmd(y, mo, d) ? { kind: 'ymd', y, m: mo, d } : null;
  }),

  // Feb. 23, 2017 · February 23 · Sept. 7 · Thursday, February 23 · Feb. 23-24 · Sun., Feb. 26
  rule('month-day', String.raw`${B}(?:(?<wd>${WD_ANY})(?:,\s*|\s+))?${MONTH('mo')}(?:\.\s*|\s+)${DAY('d1')}(?:\s*${DASH}\s*${DAY('d2')})?(?:,?\s+${YEAR('y')}(?![-/.]\d)|${YEAR_REL})?`, (m, ctx) => {
    const mo = monthNumber(m.groups.mo!);
    const d = dayNumber(m.groups.d1!);
    const d2 = m.groups.d2 !== undefined ? dayNumber(m.groups.d2) : undefined;
    if (d2 !== undefined && d2 <= d) return null;
    const wd = m.groups.wd !== undefined ? weekdayNumber(m.groups.wd) : undefined;
    if (mo === 5 && m.groups.wd === undefined) {
      // "Theresa May 5" is not a date; "May 5" is.
      const before = prevTok(ctx.s, m.index, ctx.lo);
      if (before && isCapitalized(before.text) && /^\p{L}+$/u.test(before.text) && !MONTH_PREPS.has(before.text.toLowerCase())) {
        const sentenceStart = prevTok(ctx.s, before.start, ctx.lo);
        if (sentenceStart !== null && !/[.!?"“:]/.test(sentenceStart.text)) return null;
      }
    }
    if (m.groups.y !== undefined) {
      const y = Number(m.groups.y);
      if (!isValidYmd(y, mo, d2 ?? d)) return null;
      return withOpt({ kind: 'ymd', y, m: mo, d }, d2, wd);
    }
    if ((d2 ?? d) > daysInMonth(2000, mo)) return null; // 2000: a leap year, Feb 29 is a month-day
    return withOpt({ kind: 'md', m: mo, d, ...yearRel(m.groups.yrel) }, d2, wd);
  }),

  // 23 February 2017 · 23rd of February 2017 · Thursday 23 February · 23-24 February 2017 · Fri 24 Feb 2017
  rule('day-month', String.raw`${B}(?<![$£€#]|\d[.,])(?:(?<wd>${WD_ANY})(?:,\s*|\s+))?${DAY('d1')}(?:\s*${DASH}\s*${DAY('d2')})?\s+(?:of\s+)?${MONTH('mo')}\.?(?:,?\s+${YEAR('y')}(?![-/.]\d)|${YEAR_REL})?`, (m) => {
    const mo = monthNumber(m.groups.mo!);
    const d = dayNumber(m.groups.d1!);
    const d2 = m.groups.d2 !== undefined ? dayNumber(m.groups.d2) : undefined;
    if (d2 !== undefined && d2 <= d) return null;
    const wd = m.groups.wd !== undefined ? weekdayNumber(m.groups.wd) : undefined;
    let end = m.index + m[0].length;
    // "23 Feb." at a sentence end: the dot belongs to the sentence when no year follows.
    if (m.groups.y === undefined && m[0].endsWith('.') && !(m.groups.mo! in MONTH_ABBR)) end--;
    if (m.groups.y !== undefined) {
      const y = Number(m.groups.y);
      if (!isValidYmd(y, mo, d2 ?? d)) return null;
      return { reading: withOpt({ kind: 'ymd', y, m: mo, d }, d2, wd), end };
    }
    if ((d2 ?? d) > daysInMonth(2000, mo)) return null;
    return { reading: withOpt({ kind: 'md', m: mo, d, ...yearRel(m.groups.yrel) }, d2, wd), end };
  }),

  // February 2017 · Feb. 2016 · February of 2016 · in February · mid-February · last March · February's
  rule('month', String.raw`${B}(?:(?<rel>${REL})\s+)?(?:(?<part>${PART})(?:\s*-\s*|\s+))?${MONTH('mo')}(?<dot>\.)?(?:(?:\s+of)?\s+${YEAR('y')}(?![-/.]\d)|${YEAR_REL})?`, (m, ctx) => {
    const name = m.groups.mo!;
    const mo = monthNumber(name);
    const abbr = name in MONTH_ABBR;
    const part = partOf(m.groups.part);
    const start = m.index;
    let end = m.index + m[0].length;
    if (m.groups.y !== undefined) return { kind: 'ym', y: Number(m.groups.y), m: mo, ...(part ? { part } : {}) };
    if (m.groups.dot !== undefined && m.groups.yrel === undefined) end--; // "in Feb." — keep the dot out unless a year follows
    if (m.groups.yrel !== undefined) return { reading: { kind: 'month', m: mo, rel: 'near', ...(part ? { part } : {}), ...yearRel(m.groups.yrel) }, end };
    if (abbr && part === undefined) return null; // a bare "Feb" needs a year or a modifier
    const rel = relOf(m.groups.rel);
    if (rel !== undefined) {
      const before = lower(prevTok(ctx.s, start, ctx.lo));
      if (DETERMINERS.has(before)) return null;
      if (possessiveAt(ctx.s, end) && NAME_MONTHS.has(mo)) return null;
      const r = rel === 'past' ? 'last' : rel;
      return { reading: { kind: 'month', m: mo, rel: r, ...(part ? { part } : {}) }, end };
    }
    if (part === undefined && !bareMonthOk(ctx, start, end, mo)) return null;
    return { reading: { kind: 'month', m: mo, rel: 'near', ...(part ? { part } : {}) }, end };
  }),

  // the 1990s · the ’90s · the early 2000s
  rule('decade', String.raw`${B}(?:(?<part>${PART})(?:\s*-\s*|\s+))?(?:(?<d4>1[89]\d0|20\d0)|${APOS}(?<d2>[3-9]0|00|10))s${E}`, (m) => {
    const n = Number(m.groups.d2);
    const decadeStart = m.groups.d4 !== undefined ? Number(m.groups.d4) : n >= 30 ? 1900 + n : 2000 + n;
    const part = partOf(m.groups.part);
    return { kind: 'years', y1: decadeStart, y2: decadeStart + 9, ...(part ? { part } : {}) };
  }),

  // 2008-2012 · 2016-17 · 2016/17
  rule('year-range', String.raw`${B}(?<![$£€¥#@/.:\-\u2013])(?:(?<part>${PART})(?:\s*-\s*|\s+))?${YEAR('y1')}${SECOND_YEAR}(?![\p{L}\p{N}_]|[-/.]\d)`, (m, ctx) => {
    const y1 = Number(m.groups.y1);
    const y2 = secondYear(y1, m.groups.y2, m.groups.yy2);
    if (y2 === null || y2 <= y1 || y2 - y1 > 100) return null;
    if (m.groups.part === undefined && !yearContextOk(ctx, m.index, m.index + m[0].length)) return null;
    const part = partOf(m.groups.part);
    return { kind: 'years', y1, y2, ...(part ? { part } : {}) };
  }),

  // in 2008 · since 2008 · 2016's · early 2016 · mid-2016
  rule('year', String.raw`${B}(?<![$£€¥#@/.:\-\u2013])(?:(?<part>${PART})(?:\s*-\s*|\s+))?${YEAR('y')}(?![\p{L}\p{N}_]|[-\u2013/]\d|[.,:]\d|\s*%)`, (m, ctx) => {
    const yStart = m.index + m[0].length - 4;
    if (m.groups.part === undefined && !yearContextOk(ctx, yStart, yStart + 4)) return null;
    const y = Number(m.groups.y);
    const part = partOf(m.groups.part);
    return { kind: 'years', y1: y, y2: y, ...(part ? { part } : {}) };
  }),

  // fiscal 2016 · fiscal year 2016 · financial year 2016/17 · tax year 2016-17 · fiscal '16
  rule('fiscal', String.raw`${B}(?<w>${CAP('fiscal')}|${CAP('financial')}|${CAP('tax')})(?<yr>[-\s]+[Yy]ear)?\s+(?:${YEAR('y')}|${APOS}(?<yy>\d\d)(?!\d))${SECOND_YEAR}?(?![\p{L}\p{N}_]|[-/.]\d)`, (m) => {
    const w = m.groups.w!.toLowerCase();
    if (w === 'tax' && m.groups.yr === undefined) return null;
    return fiscalReading(w === 'fiscal' ? 'us' : 'uk', m.groups.y, m.groups.yy, m.groups.y2, m.groups.yy2);
  }),

  // FY2016 · FY16 · FY 2016 · FY2016/17
  rule('fy', String.raw`${B}(?:FY|[Ff]y)\s?(?:${YEAR('y')}|${APOS}?(?<yy>\d\d)(?!\d))${SECOND_YEAR}?(?![\p{L}\p{N}_]|[-/.]\d)`, (m) =>
    fiscalReading('us', m.groups.y, m.groups.yy, m.groups.y2, m.groups.yy2)),

  // the 2016 fiscal year · the 2016/17 financial year
  rule('year-fiscal', String.raw`${B}(?<![$£€¥#@/.:\-\u2013])${YEAR('y')}${SECOND_YEAR}?\s+(?<w>fiscal|financial|tax)[-\s]+year${E}`, (m) =>
    fiscalReading(m.groups.w === 'fiscal' ? 'us' : 'uk', m.groups.y, undefined, m.groups.y2, m.groups.yy2)),

  // last fall · this spring · next summer · the past winter
  rule('season-rel', String.raw`${B}(?:(?<mod>${CAP('earlier')}|${CAP('later')}|${PART})(?:\s*-\s*|\s+))?(?<rel>${REL})\s+(?<s>${SEASON})${E}`, (m, ctx) => {
    const rel = relOf(m.groups.rel)!;
    const mod = m.groups.mod?.toLowerCase();
    const part: Part | 'earlier' | 'later' | undefined = mod === 'earlier' || mod === 'later' ? mod : partOf(mod);
    const before = lower(prevTok(ctx.s, m.index, ctx.lo));
    if ((rel === 'last' || rel === 'next') && DETERMINERS.has(before)) return null; // the last fall in prices
    const after = lower(nextTok(ctx.s, m.index + m[0].length, ctx.hi));
    if (after === 'of') return null;
    return { kind: 'season', season: seasonOf(m.groups.s!), rel: rel === 'past' ? 'last' : rel, ...(part ? { part } : {}) };
  }),

  // summer 2016 · the summer of 2016 · winter 2016-17
  rule('season-year', String.raw`${B}(?<s>${SEASON})(?:\s+of)?\s+${YEAR('y')}${SECOND_YEAR}?(?![\p{L}\p{N}_]|[-/.]\d)`, (m, ctx) => {
    const season = seasonOf(m.groups.s!);
    if (m.groups.s === 'fall') {
      // "fall" is also a verb: require a preposition or determiner before it.
      const before = lower(prevTok(ctx.s, m.index, ctx.lo));
      if (!MONTH_PREPS.has(before) && !DETERMINERS.has(before) && before !== 'of') return null;
    }
    const y = Number(m.groups.y);
    const y2 = secondYear(y, m.groups.y2, m.groups.yy2);
    if (y2 !== null && y2 !== y + 1) return null;
    return { kind: 'season', season, y, ...(y2 !== null ? { split: true } : {}) };
  }),

  // Thursday · last Thursday · next Friday · this past Monday · Thursday last week · Thursday of next week
  rule('weekday', String.raw`${B}(?:(?<rel>${REL})\s+)?(?<wd>${WD_FULL})(?:\s+(?:of\s+)?(?<wk>last|next|this)\s+week${E})?(?![\p{L}\p{N}_])`, (m, ctx) => {
    const { s, lo, hi } = ctx;
    const wd = weekdayNumber(m.groups.wd!);
    const wdStart = m.index + m[0].indexOf(m.groups.wd!, m.groups.rel?.length ?? 0);
    const before = prevTok(s, wdStart, lo);
    if (before && WEEKDAY_REJECT_BEFORE.has(before.text)) return null; // Black Friday, Super Tuesday
    if (before && before.text === 'on') {
      const paper = prevTok(s, before.start, lo);
      if (paper && ON_SUNDAY_PAPERS.has(paper.text)) return null; // The Mail on Sunday
    }
    const wdEnd = wdStart + m.groups.wd!.length;
    const after = nextTok(s, wdEnd, hi);
    if (after && WEEKDAY_REJECT_AFTER.has(after.text)) return null; // The Sunday Times
    const rel = relOf(m.groups.rel);
    if (m.groups.wk !== undefined) {
      const week = m.groups.wk === 'last' ? -1 : m.groups.wk === 'next' ? 1 : 0;
      if (rel !== undefined) return null;
      return { kind: 'weekday', wd, rel: 'near', week };
    }
    if (rel !== undefined) {
      const b = lower(prevTok(s, m.index, lo));
      if (DETERMINERS.has(b)) return null; // the last Thursday of the month
      if (lower(nextTok(s, m.index + m[0].length, hi)) === 'of') return null;
      return { kind: 'weekday', wd, rel: rel === 'this' ? 'near' : rel === 'past' ? 'last' : rel };
    }
    // A bare weekday after last/next/this: the longer reading was rejected ("the last Thursday of").
    if (/^(last|next|this|past|coming)$/.test(lower(before))) return null;
    return { kind: 'weekday', wd, rel: 'near' };
  }),

  // on the 14th (a day of the month alone, closing its phrase: not "the 14th century", "the 14th time")
  rule('day-ordinal', String.raw`${B}[Oo]n\s+(?<the>the\s+(?<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th))(?=\s*(?:[,;:)!?]|\.(?!\d)|$)|\s+(?:and|but|when|as|after|before|at|in|of\s+(?:this|last|next)\s+month)(?![\p{L}]))`, (m) => {
    const d = Number(m.groups.d);
    const end = m.index + m[0].length;
    return { reading: { kind: 'dom', d }, start: end - m.groups.the!.length, end };
  }),

  // today · tonight · yesterday · tomorrow
  rule('day-word', String.raw`${B}(?<w>${CAP('today')}|${CAP('tonight')}|${CAP('yesterday')}|${CAP('tomorrow')})${E}`, (m, ctx) => {
    const w = m.groups.w!.toLowerCase();
    const before = prevTok(ctx.s, m.index, ctx.lo);
    const after = lower(nextTok(ctx.s, m.index + m[0].length, ctx.hi));
    // USA Today, Russia Today, the Today programme: titles.
    if (before && /^(USA|Russia|India|Psychology)$/.test(before.text)) return null;
    if (/^(programme|program|show|newspaper)$/.test(after)) return null;
    if (isCapitalized(m.groups.w) && lower(before) === 'the') return null;
    return { kind: 'day', offset: w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0 };
  }),

  // the day before yesterday · the day after tomorrow
  rule('day-idiom', String.raw`${B}${CAP('the')}\s+day\s+(?<w>before\s+yesterday|after\s+tomorrow)${E}`, (m) => ({
    kind: 'day',
    offset: m.groups.w!.startsWith('before') ? -2 : 2,
  })),

  // this morning · this afternoon · this evening · last night
  rule('day-part', String.raw`${B}(?:(?<t>${CAP('this')})\s+(?:morning|afternoon|evening)|(?<l>${CAP('last')})\s+(?:night|evening))${E}`, (m, ctx) => {
    if (DETERMINERS.has(lower(prevTok(ctx.s, m.index, ctx.lo)))) return null; // the last night of the tour
    return { kind: 'day', offset: m.groups.t !== undefined ? 0 : -1 };
  }),

  // this week · last month · next year · earlier this week · later this year · late last week · the past week
  rule('period', String.raw`${B}(?:(?<mod>${CAP('earlier')}|${CAP('later')}|${PART})(?:\s*-\s*|\s+))?(?<rel>${REL})\s+(?<u>week|month|year|weekend)(?![\p{L}\p{N}_])`, (m, ctx) => {
    const { s, lo, hi } = ctx;
    const unit = m.groups.u as 'week' | 'month' | 'year' | 'weekend';
    const rel = relOf(m.groups.rel)!;
    const relWord = m.groups.rel!.toLowerCase();
    const before = lower(prevTok(s, m.index, lo));
    const after = lower(nextTok(s, m.index + m[0].length, hi));
    const mod = m.groups.mod?.toLowerCase();
    if (before === 'the' && after === 'of') return null; // the last week of March
    const rolling = rel === 'past' || (before === 'the' && mod === undefined);
    if (rolling && unit !== 'weekend') {
      if (before === 'the' && relWord === 'this') return null; // "the this week" is not English
      const dir = rel === 'next' ? 1 : -1;
      return { kind: 'rolling', unit, n: 1, dir };
    }
    if (DETERMINERS.has(before) && before !== 'the') return null;
    const offset = rel === 'last' || rel === 'past' ? -1 : rel === 'next' ? 1 : 0;
    let part: Part | 'earlier' | 'later' | undefined;
    if (mod === 'earlier') part = offset === 0 ? 'earlier' : 'early';
    else if (mod === 'later') part = offset === 0 ? 'later' : 'late';
    else part = partOf(mod);
    return { kind: 'period', unit, offset, ...(part ? { part } : {}) };
  }),

  // the past two weeks · the last 12 months · the next three years
  rule('rolling', String.raw`${B}(?<rel>${CAP('past')}|${CAP('last')}|${CAP('next')}|${CAP('coming')})\s+(?<n>${NUM})\s+(?<u>days|weeks|months|years)${E}`, (m) => {
    const n = numberOf(m.groups.n!);
    if (n === null || n < 1) return null;
    const unit = m.groups.u!.slice(0, -1) as Unit;
    const rel = m.groups.rel!.toLowerCase();
    return { kind: 'rolling', unit, n, dir: rel === 'next' || rel === 'coming' ? 1 : -1 };
  }),

  // two days ago · a week ago · three years ago
  rule('ago', String.raw`${B}(?<n>${NUM_AGO})\s+(?<u>days?|weeks?|months?|years?)\s+ago${E}`, (m) => {
    const n = numberOf(m.groups.n!);
    if (n === null || n < 1) return null;
    return { kind: 'ago', unit: m.groups.u!.replace(/s$/, '') as Unit, n };
  }),

  // over the weekend · at the weekend
  rule('weekend', String.raw`${B}weekend(?![\p{L}\p{N}_])`, (m, ctx) => {
    const the = prevTok(ctx.s, m.index, ctx.lo);
    if (lower(the) !== 'the') return null;
    const prep = lower(prevTok(ctx.s, the!.start, ctx.lo));
    if (!/^(over|at|during|on|for|by|until|after|before|through|throughout|from|since)$/.test(prep)) return null;
    return { kind: 'weekend' };
  }),
];

function withOpt(r: Reading & { kind: 'ymd' | 'md' }, d2: number | undefined, wd: number | undefined): Reading {
  const out = { ...r };
  if (d2 !== undefined) out.d2 = d2;
  if (wd !== undefined) out.wd = wd;
  return out;
}

function fiscalReading(style: 'us' | 'uk', y: string | undefined, yy: string | undefined, y2: string | undefined, yy2: string | undefined): Reading | null {
  const year = y !== undefined ? Number(y) : yy !== undefined ? twoDigitYear(yy) : null;
  if (year === null) return null;
  const second = secondYear(year, y2, yy2);
  if (second !== null) return second === year + 1 ? { kind: 'fiscal', y: year, style: 'split' } : null;
  return { kind: 'fiscal', y: year, style };
}

function numberOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

/**
 * Every reading any rule finds in `s.slice(lo, hi)`, possibly overlapping.
 * Offsets are into `s`. Context checks never look outside `[lo, hi)`.
 */
export function findCandidates(s: string, lo: number, hi: number, prefilter = true): Candidate[] {
  // Work on the window alone, so that neither look-behinds nor context checks see text
  // outside it; offsets are shifted back by `lo`.
  const window = s.slice(lo, hi);
  const ctx: Ctx = { s: window, lo: 0, hi: window.length };
  const out: Candidate[] = [];
  RULES.forEach((r, index) => {
    if (prefilter && r.needs !== undefined && !r.needs.test(window)) return;
    r.re.lastIndex = 0;
    for (let m = r.re.exec(window); m !== null; m = r.re.exec(window)) {
      // Try every start position, not only non-overlapping ones: a rejected long match
      // must not hide a shorter one inside it.
      r.re.lastIndex = m.index + 1;
      if (m[0].length === 0) continue;
      const got = r.read(m as Match, ctx);
      if (got === null) continue;
      const wrapped = 'reading' in got;
      const reading = wrapped ? got.reading : got;
      const start = (wrapped ? got.start : undefined) ?? m.index;
      const end = (wrapped ? got.end : undefined) ?? m.index + m[0].length;
      out.push({ start: start + lo, end: end + lo, reading, rule: index });
    }
  });
  return out;
}
