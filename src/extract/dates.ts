/**
 * The date reader (SPEC §2 "kind: date"): finds date mentions in a sentence and
 * resolves them against the publication date.
 *
 * ## Why not chrono-node
 *
 * chrono-node 2.10 (a dependency) was measured on the phrasing table in
 * `test/dates.test.ts` (134 dated phrasings from wire, tabloid, financial, British and
 * American styles, 41 negatives) and on the five seed articles, with the publication
 * date as reference:
 *
 * - Handles well: absolute dates in every common order (`Feb. 23, 2017`,
 *   `23rd of February 2017`, `Fri 24 Feb 2017`, ISO, `23.02.2017`), month-days without
 *   a year (it picks the occurrence nearest the reference, as SPEC §2 asks), bare and
 *   `last`/`next` weekdays in its default mode (`forwardDate: true` pushes past
 *   weekdays into the future, wrong for news: 73 instead of 98 of the 134 phrasings
 *   landed in the expected range),
 *   `yesterday`, `today`, `tomorrow`, `tonight`, `last night`, `N days ago`.
 * - Gets wrong for news: spans swallow prepositions and times (`on Thursday`,
 *   `at 2 pm on Thursday, February 23`) and trailing commas (`Tuesday,`); only 78 of
 *   134 spans were exact. It returns one instant, not a range: `last month` →
 *   2017-01-24, `last week` → 2017-02-17, `this week` → the Sunday before P, and
 *   `Earlier this week` is read as `this week` (a day outside P's week); `Thursday
 *   last week` → the wrong Thursday. Ambiguous `03/04/2017` is silently read in US
 *   order. False positives on 19 of the 41 negatives (`the march`, `April Ryan`,
 *   `The Sunday Times`, `The Mail on Sunday`, `The Sun`, `Black Friday`, `Super Bowl
 *   Sunday`, `USA Today`, `2/3`, `at 2 pm`, `the last week of the campaign`, …),
 *   plus `wed` (the verb) and, in two seed articles, `Now`.
 * - Has no parser for bare years (`in 2008`), decades, year ranges, fiscal years,
 *   seasons (`last fall`), week/month/year ranges or `earlier this week`; of the
 *   seed articles' dates it misses `in 2008`, `fiscal year 2016` and `last fall`.
 *
 * Wrapping it would have meant re-cutting every span, re-deriving every range and
 * filtering its false positives, plus a second grammar for everything it lacks. The
 * reader below is therefore self-contained (`date-rules.ts` holds the patterns,
 * `date-calendar.ts` the arithmetic) and reads all 134 phrasings of the table
 * exactly, with no false positive on the 41 negatives. Nothing here imports
 * chrono-node; it can leave `dependencies` unless another reader uses it.
 *
 * ## Spans
 *
 * A mention covers the words that carry date meaning: prepositions and determiners
 * stay outside (`on [Thursday]`, `in [2008]`, `in the [1990s]`, `over the [past
 * week]`), modifiers that change the resolution are inside (`[last Thursday]`,
 * `[Earlier this week]`, `[mid-February]`, `[Thursday last week]`), a possessive stays
 * outside (`[Tuesday]’s guidance`), a time of day too (`[Tuesday] night`). A weekday
 * written with its date is one mention (`[Thursday, February 23]`). Exceptions: the
 * idioms `[the day before yesterday]`, `[the day after tomorrow]`.
 *
 * ## Resolution rules (SPEC §2, and where the SPEC is silent)
 *
 * - Bare weekday: the occurrence nearest to P (always within P-3…P+3, so the tie
 *   rule never fires); `last`/`this past` force the past (P-7…P-1), `next`/`this
 *   coming` the future (P+1…P+7); `this Thursday` is a bare weekday; `Thursday last
 *   week` is the Thursday of the previous Monday–Sunday week.
 * - Month-day without year: the occurrence nearest to P (tie → past). Month without
 *   year (`in February`): the month nearest to P (tie → past); `last March` the
 *   latest March before P's month, `next March` the first after it.
 * - `this/last/next week|month|year`: calendar units (Monday–Sunday weeks).
 *   `earlier this week|month|year` = start of the unit … P-1; `later this …` =
 *   P+1 … end of the unit (P itself when that is empty, e.g. `earlier this week` on a
 *   Monday). `early/mid/late`: weeks Mon–Wed / Tue–Thu / Thu–Sun; months days 1–15 /
 *   8–22 / 15–end; years Jan–Jun / Apr–Sep / Jul–Dec (lenient, overlapping halves).
 * - `the past week`, `the last 12 months`, `the next two years`: rolling spans ending
 *   (starting) at P. `N days ago` = that day; `N weeks ago` = that day ± 3 days;
 *   `N months ago` = that calendar month; `N years ago` = that calendar year.
 * - `(over|at) the weekend`: the weekend nearest to P (tie → past);
 *   `last/this/next weekend`: the weekend of the previous/this/next Monday–Sunday week.
 *   A weekend is Friday to Sunday: news weekends (box-office, "weekend protests", "over the
 *   weekend") start on Friday evening, and a Friday event told as "this weekend" is no conflict.
 * - Fiscal years: `fiscal 2016`, `fiscal year 2016`, `FY2016`, `FY16`, `the 2016
 *   fiscal year` are the US federal year 2015-10-01…2016-09-30. `financial year 2016`
 *   and `tax year 2016` (British usage) are 2016-04-01…2017-04-05 (covering both the
 *   April–March government year and the April 6 tax year). A year named by two
 *   calendar years (`FY2016/17`, `financial year 2016-17`) is 2016-04-01…2017-06-30,
 *   which covers the April–March (UK, Canada, India, Japan) and July–June (Australia)
 *   conventions. Company fiscal years that follow neither are a known limitation.
 * - Seasons (northern hemisphere, lenient: the union of the meteorological and the
 *   astronomical season): spring Mar 1–Jun 20, summer Jun 1–Sep 22, fall/autumn
 *   Sep 1–Dec 21, winter Dec 1–Mar 20 of the next year. `summer 2016` is that
 *   year's; `winter 2016-17` the winter starting in December 2016; plain `winter
 *   2016` is ambiguous and covers both winters touching 2016 that start or end in it
 *   (2016-01-01…2017-03-20). `this S` is the occurrence containing P, else the one in
 *   P's year; `last S` the latest that ended before P; `next S` the first that starts
 *   after P. `earlier this summer` is the season's start … P-1, `later this S`
 *   P+1 … its end; `early/mid/late` the first / middle / last half.
 * - Years: a four-digit number 1800–2100 without separator is a year (SPEC §2
 *   quantity: such numbers never count), except after a quantity qualifier (`some
 *   2000`), a currency sign, an identifier word (`Room 2017`), or before a count noun
 *   or unit (`2000 people`, `2015 GMT`). Decades (`the 1990s`, `the ’90s`) and ranges
 *   (`2008-2012`, `2016-17`) are read as one span of years.
 * - All-numeric dates: `2017-02-23`; `23.02.2017` is day-first; with `/` or `-` the
 *   order follows from a part above 12 (`23/02/2017`, `02/23/2017`), and when both
 *   parts are 12 or less and differ (`03/04/2017`) the date is ambiguous between US
 *   and British order and is not read at all.
 * - Without a publication date, relative expressions give a mention with `range:
 *   null` and no constraint (SPEC: "give no mention"); {@link isComparable} is false
 *   for them and `selectDate` skips them. Weekdays keep their weekday, month-days
 *   their month and day, bare months their month.
 */
import { clauseTense } from './tense.js';
import {
  addMonths,
  daysInMonth,
  fromDay,
  isoOf,
  isValidYmd,
  mondayOf,
  monthSpan,
  parseIsoDay,
  toDay,
  weekdayOf,
  yearSpan,
} from './date-calendar.js';
import { findCandidates, type Candidate, type Part, type Reading, type Season } from './date-rules.js';
import { keepNonOverlapping } from '../core/span.js';

/** Inclusive range of calendar days, ISO `YYYY-MM-DD`. */
export interface DayRange {
  first: string;
  last: string;
}

/** The grammatical shape of a date mention. */
export type DateForm = 'absolute' | 'month-day' | 'month-year' | 'year' | 'weekday' | 'relative' | 'fiscal-year' | 'season';

/** A date mention found in a text (SPEC §2 "kind: date"). */
export interface DateMention {
  /** Half-open `[start, end)` offsets, in UTF-16 code units, into the full text passed to {@link readDates}. */
  start: number;
  end: number;
  /** `text.slice(start, end)` of the full text. */
  text: string;
  form: DateForm;
  /** The days the mention denotes, resolved against the publication date; `null` when it cannot be resolved. */
  range: DayRange | null;
  /** 0 = Sunday … 6 = Saturday, when the text names a weekday. */
  weekday?: number;
  /** 1-based month, when `range` is null and the text names a month (with or without a day). */
  month?: number;
  /** 1-based day of month, when `range` is null and the text names a month and a single day. */
  day?: number;
}

/**
 * Reads the date mentions in `text.slice(start, end)` (typically one sentence).
 *
 * @param text the full source text; returned offsets index into it.
 * @param start first offset scanned (UTF-16 code units, inclusive).
 * @param end offset scanning stops at (exclusive). Nothing outside `[start, end)` is
 *   looked at, not even as context.
 * @param published the publication date `P` as `YYYY-MM-DD`, or `null`. An invalid
 *   date is treated as `null`.
 * @returns mentions in text order, never overlapping.
 */
export function readDates(text: string, start: number, end: number, published: string | null): DateMention[] {
  const lo = Math.max(0, start);
  const hi = Math.min(text.length, end);
  if (hi <= lo) return [];
  const p = published === null ? null : parseIsoDay(published);
  const chosen = pickLongest(findCandidates(text, lo, hi));
  const out: DateMention[] = [];
  for (const c of chosen) {
    let mention = resolve(c, p);
    // A weekday named alone takes its clause's tense (see tense.ts; a decision against SPEC §2's nearest day).
    if (c.reading.kind === 'weekday' && c.reading.rel === 'near' && c.reading.week === undefined && p !== null && mention.range) {
      const day = parseIsoDay(mention.range.first)!;
      const tense = day === p ? null : clauseTense(text, lo, hi, c.start, c.end);
      const shifted = tense === 'past' && day > p ? day - 7 : tense === 'future' && day < p ? day + 7 : day;
      if (shifted !== day) mention = { ...mention, range: rangeOf([shifted, shifted]) };
    }
    out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), ...mention });
  }
  return out;
}

/**
 * Parses a claim's `value` (SPEC §2 "kind: date"): `YYYY-MM-DD` is that day, `YYYY-MM`
 * the whole month, `YYYY` the whole year. Returns `null` for anything else, including
 * days that do not exist (`2017-02-30`).
 */
export function parseClaimDate(value: string): DayRange | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return rangeOf(yearSpan(y));
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (m[3] === undefined) return rangeOf(monthSpan(y, mo));
  const d = Number(m[3]);
  if (!isValidYmd(y, mo, d)) return null;
  const n = toDay(y, mo, d);
  return rangeOf([n, n]);
}

/**
 * Whether a mention agrees with a claim's day range (SPEC §2 "kind: date").
 *
 * - A resolved mention agrees when its range intersects `claim`.
 * - An unresolved one (no publication date) agrees when some day of `claim` satisfies
 *   everything the text names: its weekday (a single-day claim must fall on it; a
 *   longer claim must contain such a day), its month and day, its month.
 * - A mention that names nothing checkable ({@link isComparable} false) never agrees;
 *   callers should not count it as a mention at all (SPEC: "other relative
 *   expressions give no mention").
 */
export function dateAgrees(m: DateMention, claim: DayRange): boolean {
  const c1 = parseIsoDay(claim.first);
  const c2 = parseIsoDay(claim.last);
  if (c1 === null || c2 === null || c2 < c1) return false;
  if (m.range !== null) {
    const r1 = parseIsoDay(m.range.first);
    const r2 = parseIsoDay(m.range.last);
    if (r1 === null || r2 === null) return false;
    return r1 <= c2 && c1 <= r2;
  }
  if (!isComparable(m)) return false;
  // Any 4 consecutive years (1461 days) hold every weekday/month/day combination we name.
  if (c2 - c1 >= 1461 * 7) return true;
  for (let n = c1; n <= c2; n++) {
    if (m.weekday !== undefined && weekdayOf(n) !== m.weekday) continue;
    const { m: mo, d } = fromDay(n);
    if (m.month !== undefined && mo !== m.month) continue;
    if (m.day !== undefined && d !== m.day) continue;
    return true;
  }
  return false;
}

/**
 * True when the mention can be compared with a claim: it has a range, or (without a
 * publication date) names a weekday or a month. A relative expression in an undated
 * article is not comparable and gives no mention (SPEC §2).
 */
export function isComparable(m: DateMention): boolean {
  return m.range !== null || m.weekday !== undefined || m.month !== undefined;
}

// ---------------------------------------------------------------------------

/** Longest candidates first (ties: earlier start, then rule order); no overlaps; text order. */
function pickLongest(cands: Candidate[]): Candidate[] {
  return keepNonOverlapping([...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.rule - b.rule));
}

type Resolved = Omit<DateMention, 'start' | 'end' | 'text'>;

function rangeOf([a, b]: [number, number]): DayRange {
  return { first: isoOf(a), last: isoOf(b) };
}

function resolve(c: Candidate, p: number | null): Resolved {
  const r = c.reading;
  switch (r.kind) {
    case 'ymd': {
      const a = toDay(r.y, r.m, r.d);
      return withWeekday({ form: 'absolute', range: rangeOf([a, a + (r.d2 ?? r.d) - r.d]) }, r.wd);
    }
    case 'md': {
      if (p === null) {
        const out: Resolved = { form: 'month-day', range: null, month: r.m };
        if (r.d2 === undefined) out.day = r.d;
        return withWeekday(out, r.wd);
      }
      const py = fromDay(p).y;
      const a = r.yo !== undefined ? (isValidYmd(py + r.yo, r.m, r.d) ? toDay(py + r.yo, r.m, r.d) : null) : nearestMonthDay(r.m, r.d, p);
      if (a === null) return withWeekday({ form: 'month-day', range: null, month: r.m, day: r.d }, r.wd);
      return withWeekday({ form: 'month-day', range: rangeOf([a, a + (r.d2 ?? r.d) - r.d]) }, r.wd);
    }
    case 'ym':
      return { form: 'month-year', range: rangeOf(narrow(monthSpan(r.y, r.m), 'month', r.part)) };
    case 'month': {
      if (p === null) return { form: 'month-year', range: null, month: r.m };
      const { y: py, m: pm } = fromDay(p);
      let y: number;
      if (r.rel === 'this') y = py;
      else if (r.rel === 'last') y = r.m < pm ? py : py - 1;
      else if (r.rel === 'next') y = r.m > pm ? py : py + 1;
      else if (r.yo !== undefined) y = py + r.yo;
      else y = fromDay(nearest([py - 1, py, py + 1].map((yy) => monthSpan(yy, r.m)), p)[0]).y;
      return { form: 'month-year', range: rangeOf(narrow(monthSpan(y, r.m), 'month', r.part)) };
    }
    case 'years':
      return { form: 'year', range: rangeOf(narrowYears(r.y1, r.y2, r.part)) };
    case 'fiscal':
      return { form: 'fiscal-year', range: rangeOf(fiscalSpan(r.y, r.style)) };
    case 'season': {
      if (r.y !== undefined) return { form: 'season', range: rangeOf(seasonByYear(r.season, r.y, r.split === true)) };
      if (p === null) return { form: 'season', range: null };
      return { form: 'season', range: rangeOf(narrowSeason(seasonRelative(r.season, r.rel ?? 'this', p), r.part, p)) };
    }
    case 'dom': {
      // The nearest day numbered d to P (last, this or next month; a tie goes to the past).
      if (p === null) return { form: 'month-day', range: null };
      const { y: py, m: pm } = fromDay(p);
      let best: number | null = null;
      for (const k of [-1, 0, 1]) {
        const yy = pm + k < 1 ? py - 1 : pm + k > 12 ? py + 1 : py;
        const mm = ((pm + k + 11) % 12) + 1;
        if (!isValidYmd(yy, mm, r.d)) continue;
        const n = toDay(yy, mm, r.d);
        if (best === null || Math.abs(n - p) < Math.abs(best - p) || (Math.abs(n - p) === Math.abs(best - p) && n < best)) best = n;
      }
      return { form: 'month-day', range: best === null ? null : rangeOf([best, best]) };
    }
    case 'weekday': {
      if (p === null) return { form: 'weekday', range: null, weekday: r.wd };
      let n: number;
      if (r.week !== undefined) n = mondayOf(p) + 7 * r.week + ((r.wd + 6) % 7);
      else if (r.rel === 'last') n = p - (((weekdayOf(p) - r.wd + 7) % 7) || 7);
      else if (r.rel === 'next') n = p + (((r.wd - weekdayOf(p) + 7) % 7) || 7);
      else {
        // SPEC §2: nearest occurrence within P-6…P+6, a tie goes to the past.
        const ahead = (r.wd - weekdayOf(p) + 7) % 7;
        const back = (7 - ahead) % 7;
        n = ahead < back ? p + ahead : p - back;
      }
      return { form: 'weekday', range: rangeOf([n, n]), weekday: r.wd };
    }
    default:
      return { form: 'relative', range: p === null ? null : rangeOf(resolveRelative(r, p)) };
  }
}

function withWeekday(r: Resolved, wd: number | undefined): Resolved {
  if (wd !== undefined) r.weekday = wd;
  return r;
}

/** The occurrence of month `m` day `d` nearest to `p` (tie → past); `null` if none within 4 years (Feb 29). */
function nearestMonthDay(m: number, d: number, p: number): number | null {
  const { y } = fromDay(p);
  let best: number | null = null;
  for (let yy = y - 4; yy <= y + 4; yy++) {
    if (!isValidYmd(yy, m, d)) continue;
    const n = toDay(yy, m, d);
    if (best === null || Math.abs(n - p) < Math.abs(best - p)) best = n;
  }
  return best;
}

/** The span nearest to `p` (distance 0 when it contains p); ties go to the earlier span. */
function nearest(spans: [number, number][], p: number): [number, number] {
  const dist = ([a, b]: [number, number]) => (p < a ? a - p : p > b ? p - b : 0);
  let best = spans[0]!;
  for (const s of spans.slice(1)) if (dist(s) < dist(best)) best = s;
  return best;
}

/** Narrows a week, month or year span to its early / mid / late part. */
function narrow(span: [number, number], unit: 'week' | 'month' | 'year', part: Part | undefined): [number, number] {
  if (part === undefined) return span;
  const [a, b] = span;
  if (unit === 'week') return part === 'early' ? [a, a + 2] : part === 'mid' ? [a + 1, a + 3] : [a + 3, b];
  if (unit === 'month') return part === 'early' ? [a, a + 14] : part === 'mid' ? [a + 7, a + 21] : [a + 14, b];
  const { y } = fromDay(a);
  if (part === 'early') return [a, toDay(y, 6, 30)];
  if (part === 'mid') return [toDay(y, 4, 1), toDay(y, 9, 30)];
  return [toDay(y, 7, 1), b];
}

function narrowYears(y1: number, y2: number, part: Part | undefined): [number, number] {
  if (y1 === y2) return narrow(yearSpan(y1), 'year', part);
  const n = y2 - y1 + 1;
  let a = y1;
  let b = y2;
  if (part === 'early') b = y1 + Math.ceil(n / 2) - 1;
  else if (part === 'mid') [a, b] = [y1 + Math.floor(n / 4), y2 - Math.floor(n / 4)];
  else if (part === 'late') a = y2 - Math.ceil(n / 2) + 1;
  return [yearSpan(a)[0], yearSpan(b)[1]];
}

function fiscalSpan(y: number, style: 'us' | 'uk' | 'split'): [number, number] {
  if (style === 'us') return [toDay(y - 1, 10, 1), toDay(y, 9, 30)];
  if (style === 'uk') return [toDay(y, 4, 1), toDay(y + 1, 4, 5)];
  return [toDay(y, 4, 1), toDay(y + 1, 6, 30)];
}

/** The season occurrence named by year `y` (winter: the one whose December is in `y`). */
function seasonSpan(s: Season, y: number): [number, number] {
  switch (s) {
    case 'spring':
      return [toDay(y, 3, 1), toDay(y, 6, 20)];
    case 'summer':
      return [toDay(y, 6, 1), toDay(y, 9, 22)];
    case 'fall':
      return [toDay(y, 9, 1), toDay(y, 12, 21)];
    case 'winter':
      return [toDay(y, 12, 1), toDay(y + 1, 3, 20)];
  }
}

/** `earlier this summer` = its start … P-1; `later` = P+1 … its end; `early/mid/late` = first / middle / last half. */
function narrowSeason([a, b]: [number, number], part: Part | 'earlier' | 'later' | undefined, p: number): [number, number] {
  if (part === undefined) return [a, b];
  if (part === 'earlier') return p > a ? [a, Math.min(b, p - 1)] : [a, b];
  if (part === 'later') return p < b ? [Math.max(a, p + 1), b] : [a, b];
  const half = Math.floor((b - a) / 2);
  const quarter = Math.floor((b - a) / 4);
  return part === 'early' ? [a, a + half] : part === 'mid' ? [a + quarter, b - quarter] : [b - half, b];
}

function seasonByYear(s: Season, y: number, split: boolean): [number, number] {
  // "winter 2016" alone: both winters that touch 2016 (Jan 1, 2016 … Mar 20, 2017).
  if (s === 'winter') return split ? seasonSpan('winter', y) : [toDay(y, 1, 1), seasonSpan('winter', y)[1]];
  if (split) return [seasonSpan(s, y)[0], seasonSpan(s, y + 1)[1]];
  return seasonSpan(s, y);
}

function seasonRelative(s: Season, rel: 'last' | 'this' | 'next', p: number): [number, number] {
  const { y } = fromDay(p);
  const spans = [y - 2, y - 1, y, y + 1].map((yy) => seasonSpan(s, yy));
  if (rel === 'last') return spans.filter(([, b]) => b < p).pop()!;
  if (rel === 'next') return spans.find(([a]) => a > p) ?? seasonSpan(s, y + 2);
  return spans.find(([a, b]) => a <= p && p <= b) ?? seasonSpan(s, y);
}

function unitShift(p: number, unit: 'day' | 'week' | 'month' | 'year', k: number): number {
  if (unit === 'day') return p + k;
  if (unit === 'week') return p + 7 * k;
  return addMonths(p, unit === 'month' ? k : 12 * k);
}

function resolveRelative(r: Reading, p: number): [number, number] {
  const { y, m } = fromDay(p);
  switch (r.kind) {
    case 'day':
      return [p + r.offset, p + r.offset];
    case 'period': {
      let span: [number, number];
      if (r.unit === 'week') span = [mondayOf(p) + 7 * r.offset, mondayOf(p) + 7 * r.offset + 6];
      else if (r.unit === 'weekend') span = [mondayOf(p) + 7 * r.offset + 4, mondayOf(p) + 7 * r.offset + 6];
      else if (r.unit === 'month') span = monthSpan(y, m + r.offset);
      else span = yearSpan(y + r.offset);
      if (r.part === 'earlier') return p - 1 >= span[0] ? [span[0], p - 1] : [p, p];
      if (r.part === 'later') return p + 1 <= span[1] ? [p + 1, span[1]] : [p, p];
      if (r.unit === 'weekend') return span;
      return narrow(span, r.unit, r.part);
    }
    case 'rolling': {
      const other = unitShift(p, r.unit, r.dir * r.n);
      return r.dir < 0 ? [other, p] : [p, other];
    }
    case 'ago': {
      if (r.unit === 'day') return [p - r.n, p - r.n];
      if (r.unit === 'week') return [p - 7 * r.n - 3, p - 7 * r.n + 3];
      if (r.unit === 'month') {
        const { y: yy, m: mm } = fromDay(addMonths(p, -r.n));
        return [toDay(yy, mm, 1), toDay(yy, mm, daysInMonth(yy, mm))];
      }
      return yearSpan(y - r.n);
    }
    case 'weekend': {
      const w = weekdayOf(p);
      if (w === 5) return [p, p + 2];
      if (w === 6) return [p - 1, p + 1];
      if (w === 0) return [p - 2, p];
      // days since the last Sunday vs days to the next Friday; a tie goes to the past
      return w <= 5 - w ? [p - w - 2, p - w] : [p + 5 - w, p + 7 - w];
    }
    default:
      throw new Error(`not a relative reading: ${r.kind}`);
  }
}
