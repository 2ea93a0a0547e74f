/**
 * Calendar dates without time zone, as `YYYY-MM-DD` strings at the edges and as day numbers
 * (days since 1970-01-01) inside hot loops such as return validators, where millions of comparisons
 * must not allocate. Month and year arithmetic goes through js-joda so end-of-month clamping is
 * the library's, not ours.
 */
import { LocalDate } from '@js-joda/core';

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** Days since 1970-01-01 (UTC calendar). */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const dim = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
  return d <= dim;
}

function ymdToDay(y: number, m: number, d: number): DayNumber {
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** Strict `YYYY-MM-DD` to a day number, or null when not a real calendar date. */
export function isoToDay(iso: string | null | undefined): DayNumber | null {
  if (!iso) return null;
  const m = ISO_RE.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return validYmd(y, mo, d) ? ymdToDay(y, mo, d) : null;
}

export function dayToIso(day: DayNumber): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day of week, 0 = Sunday .. 6 = Saturday. */
export function weekday(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isIsoDate(s: unknown): s is IsoDate {
  return typeof s === 'string' && isoToDay(s) !== null;
}

export function addDays(iso: IsoDate, n: number): IsoDate {
  return LocalDate.parse(iso).plusDays(n).toString();
}

/** Calendar months, clamped to the end of the month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: IsoDate, n: number): IsoDate {
  return LocalDate.parse(iso).plusMonths(n).toString();
}

export function addYears(iso: IsoDate, n: number): IsoDate {
  return LocalDate.parse(iso).plusYears(n).toString();
}

export function addWeeks(iso: IsoDate, n: number): IsoDate {
  return LocalDate.parse(iso).plusWeeks(n).toString();
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return (isoToDay(b) as number) - (isoToDay(a) as number);
}

/** Age in whole years on `on` for someone born on `dob` (a 29 Feb birthday turns on 28 Feb in common years). */
export function ageOn(dob: IsoDate, on: IsoDate): number {
  const b = LocalDate.parse(dob);
  const d = LocalDate.parse(on);
  let years = d.year() - b.year();
  const birthdayThisYear = b.plusYears(years);
  if (birthdayThisYear.isAfter(d)) years -= 1;
  return years;
}

export function minIso(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxIso(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

// Day-number versions for hot loops (return validators), where allocating a LocalDate per row is too slow.

/**
 * Results of `plusYears` by (day, years): return validators ask for the same few thousand birthdays
 * plus 4, 10, 16, 18 ... years hundreds of thousands of times, and a look-up is several times
 * cheaper than two Date objects. Cleared when it grows large (it is only a cache).
 */
const plusYearsCache = new Map<number, DayNumber>();
const PLUS_YEARS_CACHE_MAX = 500_000;

/** Day number of the same calendar date `years` later (29 Feb -> 28 Feb in common years). */
export function plusYears(day: DayNumber, years: number): DayNumber {
  // Whole days and years within ±255 have a key of their own: day * 512 + (years + 256).
  const cacheable = Number.isInteger(day) && Number.isInteger(years) && years >= -256 && years < 256;
  const key = day * 512 + years + 256;
  if (cacheable) {
    const cached = plusYearsCache.get(key);
    if (cached !== undefined) return cached;
  }
  const out = plusYearsUncached(day, years);
  if (cacheable) {
    if (plusYearsCache.size >= PLUS_YEARS_CACHE_MAX) plusYearsCache.clear();
    plusYearsCache.set(key, out);
  }
  return out;
}

function plusYearsUncached(day: DayNumber, years: number): DayNumber {
  const d = new Date(day * 86_400_000);
  const y = d.getUTCFullYear() + years;
  const m = d.getUTCMonth();
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay)) / 86_400_000;
}

/** Day number `months` later, clamped to the end of the month. */
export function plusMonths(day: DayNumber, months: number): DayNumber {
  const d = new Date(day * 86_400_000);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const y = Math.floor(total / 12);
  const m = total % 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay)) / 86_400_000;
}

/** Whole years of age on `on` for a birth on `dob` (both day numbers). */
export function ageInYears(dob: DayNumber, on: DayNumber): number {
  const b = new Date(dob * 86_400_000);
  const o = new Date(on * 86_400_000);
  let age = o.getUTCFullYear() - b.getUTCFullYear();
  if (
    o.getUTCMonth() < b.getUTCMonth() ||
    (o.getUTCMonth() === b.getUTCMonth() && o.getUTCDate() < b.getUTCDate())
  ) {
    age -= 1;
  }
  return age;
}

// Instants (front door contacts and decisions carry a time) to the calendar date in England.
// The zone rules come from the runtime's ICU data (Intl), never from hand-written offset maths, so
// the clock change at 01:00 UTC on the last Sunday of March and October is handled for us.
const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Europe/London calendar date of an ISO 8601 instant (e.g. `2026-03-29T23:30:00Z` -> `2026-03-30`). */
export function londonDateOf(instant: string): IsoDate {
  const t = Date.parse(instant);
  if (Number.isNaN(t)) throw new RangeError(`not an instant: ${instant}`);
  let y = '';
  let m = '';
  let d = '';
  for (const p of londonParts.formatToParts(t)) {
    if (p.type === 'year') y = p.value;
    else if (p.type === 'month') m = p.value;
    else if (p.type === 'day') d = p.value;
  }
  return `${y}-${m}-${d}`;
}
