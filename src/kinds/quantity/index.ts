/**
 * kind: quantity (SPEC §2). A figure, read from cue sentences as an interval and compared
 * with the claim's interval `[value - tolerance, value + tolerance]`.
 */
import type { Problem } from '../../core/problem.js';
import type { AnalyzedSource } from '../../extract/analyzed-source.js';
import { parseNumberValue, type Interval, type NumberMention, type UnitClass } from '../../extract/numbers.js';
import { compileCueTerms, judgeCueSentences, TERM_LIST } from '../cue-sentences.js';
import type { ClaimBase, CueTerms, Judgement, KindDef } from '../types.js';
import { selectMention, type QuantityTarget } from './select.js';

export interface QuantityClaim extends ClaimBase {
  readonly kind: 'quantity';
  readonly value: number;
  readonly unit?: string;
  readonly unitClass: UnitClass;
  readonly currency?: string;
  readonly tolerance: number;
  readonly interval: Interval;
  readonly terms: CueTerms;
  readonly target: QuantityTarget;
}

/** ISO 4217 codes accepted as `unit`, and the currencies the number reader knows. */
const CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'MXN', 'JPY', 'CNY', 'INR', 'CAD', 'AUD', 'CHF', 'BRL', 'RUB', 'KRW', 'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'TRY', 'NZD', 'HKD', 'SGD', 'ARS', 'COP', 'CLP', 'PEN', 'NGN', 'KES', 'EGP', 'SAR', 'AED', 'ILS', 'UAH']);
const TIME_UNITS: Record<string, string> = {
  year: 'years', years: 'years', month: 'months', months: 'months', week: 'weeks', weeks: 'weeks',
  day: 'days', days: 'days', hour: 'hours', hours: 'hours', minute: 'minutes', minutes: 'minutes', second: 'seconds', seconds: 'seconds',
};
const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'as', 'its', 'their', 'his', 'her', 'is', 'was', 'were', 'are', 'be']);

function unitInfo(unit: string | undefined): { unitClass: UnitClass; currency?: string; timeUnit?: string; unitNoun?: string } {
  if (unit === undefined) return { unitClass: 'count' };
  const u = unit.trim();
  if (CURRENCIES.has(u.toUpperCase()) && u === u.toUpperCase()) return { unitClass: 'currency', currency: u.toUpperCase() };
  const lower = u.toLowerCase();
  if (lower === 'percent' || lower === '%' || lower === 'per cent') return { unitClass: 'percent' };
  if (lower === 'percentage points' || lower === 'percentage point' || lower === 'points') return { unitClass: 'percentage-points' };
  const time = TIME_UNITS[lower];
  if (time) return { unitClass: 'time', timeUnit: time };
  return { unitClass: 'count', unitNoun: lower };
}

/** Content words of the subject and cues, lower-cased: they help choose among numbers. */
function targetWords(raw: Readonly<Record<string, unknown>>): string[] {
  const words = new Set<string>();
  const add = (s: string): void => {
    for (const w of s.toLowerCase().split(/[^\p{L}\p{N}'-]+/u)) if (w && !STOP.has(w) && !/^\/.*\/$/.test(w)) words.add(w);
  };
  if (typeof raw.subject === 'string') add(raw.subject);
  for (const c of (raw.cues as string[] | undefined) ?? []) if (!/^\/.*\/i?$/.test(c)) add(c);
  return [...words];
}

/**
 * The head noun of the claim's subject: the last word of its first noun phrase, before a
 * preposition, a participle or a comma ("Asylum seekers housed in hotels" → "seekers",
 * "Third-quarter revenue" → "revenue", "People killed in the crash" → "People").
 */
export function subjectHead(subject: string | undefined): string | undefined {
  if (!subject) return undefined;
  const first = subject.split(/,|;|\s(?:of|in|at|on|for|by|from|with|to|under|over|during|after|before|since|as|are|is|was|were|who|which|that)\s/iu)[0] ?? '';
  const ws = first.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  let end = ws.length;
  // Stop before a participle that starts a reduced relative: "seekers housed", "People killed".
  for (let i = 1; i < ws.length; i++) {
    if (/^\p{Ll}[\p{L}-]*(?:ed|ing)$/u.test(ws[i]!) && !/^(?:red|bed|need|seed|feed|speed|breed|shed)$/u.test(ws[i]!)) {
      end = i;
      break;
    }
  }
  const head = ws[end - 1];
  return head ? head.replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}-]/gu, '') || undefined : undefined;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Months and years the claim's subject names ("Nonfarm payrolls, November 2024" → months [11], years [2024]). */
export function subjectTime(subject: string | undefined): { months?: number[]; years?: number[] } {
  if (!subject) return {};
  const months = new Set<number>();
  const years = new Set<number>();
  for (const m of subject.matchAll(/(?<![\p{L}])(January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])/gu)) {
    months.add(MONTH_NAMES.indexOf(m[1]!.toLowerCase()) + 1);
  }
  for (const m of subject.matchAll(/(?<![\p{L}\p{N}])((?:1[89]|20)\d\d)(?!\d)/gu)) years.add(Number(m[1]));
  return { ...(months.size ? { months: [...months] } : {}), ...(years.size ? { years: [...years] } : {}) };
}

/** `toLocaleString('en-US', …)` builds a formatter on every call; this one is built once. */
const EN_US = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** A value as quoted in a message: at most 60 characters (a 1 MB value is not echoed whole). */
function shorten(s: string): string {
  return s.length <= 60 ? s : `${s.slice(0, 57)}…`;
}

/** Formats a number for people: thousands separators, no float noise. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  const rounded = Math.round(n * 1e6) / 1e6;
  return EN_US.format(rounded);
}

function withUnit(n: string, unitClass: UnitClass, currency?: string, unitWord?: string): string {
  switch (unitClass) {
    case 'currency':
      return currency ? `${currency} ${n}` : `${n} (money)`;
    case 'percent':
      return `${n}%`;
    case 'percentage-points':
      return `${n} percentage points`;
    default:
      return unitWord ? `${n} ${unitWord}` : n;
  }
}

/** Renders an interval compactly: `= 5`, `> 220,000`, `≤ 10`, `190,000–200,000`. */
export function formatInterval(iv: Interval): string {
  const lo = formatNumber(iv.lo);
  const hi = formatNumber(iv.hi);
  if (iv.lo === iv.hi) return `= ${lo}`;
  if (iv.hi === Infinity) return `${iv.loOpen ? '>' : '≥'} ${lo}`;
  if (iv.lo === -Infinity) return `${iv.hiOpen ? '<' : '≤'} ${hi}`;
  return `${iv.loOpen ? '(' : '['}${lo}, ${hi}${iv.hiOpen ? ')' : ']'}`;
}

/** True when two intervals share at least one number (SPEC §2: agreement). */
/** Words that make a claim's positive value the size of a fall. */
const FALL_WORDS = /^(?:fall|falls|fell|drop|drops|dropped|decline|declines|declined|decrease|decreased|loss|losses|lost|slump|slumped|plunge|plunged|slide|slid|down|cut|cuts|reduction|shrink|shrank|contraction|contracted)$/;

/**
 * A fall written with a sign ("Shares: −7.4%") is the size of the fall a claim states as a
 * positive figure ("Fall in the share price: 7.4"): the stated interval is compared negated.
 */
function signedFall(m: NumberMention, claim: QuantityClaim): boolean {
  if (!(m.interval.hi < 0 && claim.interval.lo > 0)) return false;
  if (!claim.target.words.some((w) => FALL_WORDS.test(w.toLowerCase()))) return false;
  const i = m.interval;
  return intersects({ lo: -i.hi, hi: -i.lo, loOpen: i.hiOpen, hiOpen: i.loOpen }, claim.interval);
}

export function intersects(a: Interval, b: Interval): boolean {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo < hi) return true;
  if (lo > hi) return false;
  // lo === hi: a single shared point must be closed on both sides.
  const closedIn = (iv: Interval, x: number): boolean => (x > iv.lo || (x === iv.lo && !iv.loOpen)) && (x < iv.hi || (x === iv.hi && !iv.hiOpen));
  return closedIn(a, lo) && closedIn(b, lo);
}

function display(c: QuantityClaim): string {
  const n = withUnit(formatNumber(c.value), c.unitClass, c.currency, c.unitClass === 'count' || c.unitClass === 'time' ? c.unit : undefined);
  return c.tolerance > 0 ? `${n} ± ${formatNumber(c.tolerance)}` : n;
}

function found(m: NumberMention): string {
  return `${m.text} (${formatInterval(m.interval)})`;
}

export const quantity: KindDef<QuantityClaim> = {
  kind: 'quantity',
  summary: 'a figure: a count, an amount of money, a percentage or a duration',
  schema: {
    properties: {
      value: { type: ['number', 'string'], minLength: 1 },
      unit: { type: 'string', minLength: 1 },
      tolerance: { anyOf: [{ type: 'number', minimum: 0 }, { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*%\\s*$' }] },
      cues: TERM_LIST,
      exclude: TERM_LIST,
    },
    required: ['value', 'cues'],
  },
  prepare(raw, base, locate): QuantityClaim | Problem[] {
    const problems: Problem[] = [];
    const unit = raw.unit as string | undefined;
    const info = unitInfo(unit);
    let value: number;
    let currency = info.currency;
    let unitClass = info.unitClass;
    if (typeof raw.value === 'number') {
      value = raw.value;
    } else {
      const parsed = parseNumberValue(String(raw.value));
      if (!parsed) {
        problems.push({ code: 'claims/bad-value', severity: 'error', file: base.file, ...locate(['value']), message: `cannot read "${shorten(String(raw.value))}" as a number`, hint: 'write digits such as 218000, "218,000", "2.5 billion" or "$21.6bn"' });
        value = NaN;
      } else {
        value = parsed.value;
        if (unit === undefined && parsed.unitClass !== 'count') {
          unitClass = parsed.unitClass;
          currency = parsed.currency;
        } else if (unit !== undefined && parsed.unitClass !== 'count' && parsed.unitClass !== unitClass) {
          problems.push({ code: 'claims/unit-mismatch', severity: 'error', file: base.file, ...locate(['unit']), message: `unit "${shorten(unit)}" contradicts the value "${shorten(String(raw.value))}"` });
        } else if (parsed.currency && currency && parsed.currency !== currency) {
          problems.push({ code: 'claims/unit-mismatch', severity: 'error', file: base.file, ...locate(['unit']), message: `unit ${currency} contradicts the value "${shorten(String(raw.value))}" (${parsed.currency})` });
        }
      }
    }
    let tolerance = 0;
    if (typeof raw.tolerance === 'number') tolerance = raw.tolerance;
    else if (typeof raw.tolerance === 'string') tolerance = (Math.abs(value) * parseFloat(raw.tolerance)) / 100;
    const terms = compileCueTerms(raw, base.file, locate);
    if (Array.isArray(terms)) problems.push(...terms);
    if (problems.length || Array.isArray(terms)) return problems;
    return {
      ...base,
      kind: 'quantity',
      value,
      ...(unit !== undefined ? { unit } : {}),
      unitClass,
      ...(currency ? { currency } : {}),
      tolerance,
      interval: { lo: value - tolerance, hi: value + tolerance, loOpen: false, hiOpen: false },
      terms,
      target: {
        unitClass,
        ...(currency ? { currency } : {}),
        ...(info.timeUnit ? { timeUnit: info.timeUnit } : {}),
        ...(info.unitNoun ? { unitNoun: info.unitNoun } : {}),
        words: targetWords(raw),
        ...(subjectHead(raw.subject as string | undefined) ? { head: subjectHead(raw.subject as string | undefined)! } : {}),
        cueWords: targetWords({ cues: raw.cues }),
        ...subjectTime(raw.subject as string | undefined),
      },
    };
  },
  display,
  judge(claim, doc: AnalyzedSource): Judgement {
    return judgeCueSentences(doc, claim.terms, 'quantity', display(claim), (cs, sentence) => {
      const sel = selectMention(doc.text, sentence, doc.numbersIn(cs.index), cs.cues, claim.target);
      if (!sel) return null;
      const m = sel.mention;
      return { start: m.start, end: m.end, agrees: intersects(m.interval, claim.interval) || signedFall(m, claim), found: found(m), tiedBy: sel.tiedBy };
    });
  },
  message(m, claim) {
    const said = m.found.replace(/ \([^)]*\)$/, '');
    return m.verdict === 'conflict'
      ? `states ${said}; the claim is ${display(claim)}`
      : `states ${said}, consistent with the claim ${display(claim)}`;
  },
};
