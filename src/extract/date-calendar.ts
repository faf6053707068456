/**
 * Calendar arithmetic for the date reader, on proleptic Gregorian **day numbers**
 * (days since 1970-01-01, UTC; no time zones, no times of day). Pure helpers.
 */

/** A calendar day as year, 1-based month and 1-based day of month. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;

/** Day number of `y-m-d` (no validation; JavaScript's Date rolls over out-of-range parts). */
export function toDay(y: number, m: number, d: number): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / MS_PER_DAY);
}

/** The calendar day of day number `n`. */
export function fromDay(n: number): Ymd {
  const t = new Date(n * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Number of days in month `m` (1-based) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Gregorian leap year. */
export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** True when `y-m-d` is a real calendar day. */
export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** `YYYY-MM-DD` of day number `n`. */
export function isoOf(n: number): string {
  const { y, m, d } = fromDay(n);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses a strict `YYYY-MM-DD` into a day number; `null` when malformed or not a real day. */
export function parseIsoDay(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidYmd(y, mo, d) ? toDay(y, mo, d) : null;
}

/** First and last day numbers of month `m` of year `y` (month may be out of 1–12; it rolls over). */
export function monthSpan(y: number, m: number): [number, number] {
  const first = toDay(y, m, 1);
  const { y: yy, m: mm } = fromDay(first);
  return [first, first + daysInMonth(yy, mm) - 1];
}

/** First and last day numbers of year `y`. */
export function yearSpan(y: number): [number, number] {
  return [toDay(y, 1, 1), toDay(y, 12, 31)];
}

/** Day number of the Monday of the Monday-to-Sunday week containing day `n`. */
export function mondayOf(n: number): number {
  return n - ((weekdayOf(n) + 6) % 7);
}

/** Day `n` moved by `k` calendar months, the day of month clamped to the target month. */
export function addMonths(n: number, k: number): number {
  const { y, m, d } = fromDay(n);
  const idx = y * 12 + (m - 1) + k;
  const ty = Math.floor(idx / 12);
  const tm = (idx % 12) + 1;
  return toDay(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}
