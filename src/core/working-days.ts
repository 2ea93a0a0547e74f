/**
 * Working days in England and Wales: Monday to Friday, less the bank holidays in the committed,
 * versioned calendar file (never fetched at run time, so past clocks recompute identically).
 *
 * Convention (timescales.md): "within N working days of X" means X + N working days, X not counted;
 * if X is not a working day, counting starts from the next working day (so the first working day
 * after X is day 1 either way).
 */
import calendarFile from './data/bank-holidays-england-and-wales.json' with { type: 'json' };
import { type DayNumber, dayToIso, type IsoDate, isoToDay, weekday } from './day.ts';

export const CALENDAR_VERSION: string = calendarFile.version;

const holidays: ReadonlySet<DayNumber> = new Set(
  calendarFile['england-and-wales'].events.map((e) => isoToDay(e.date) as DayNumber),
);
const firstYear = Number(calendarFile['england-and-wales'].events[0]?.date.slice(0, 4));
const lastYear = Number(calendarFile['england-and-wales'].events.at(-1)?.date.slice(0, 4));

export function bankHolidays(): readonly { title: string; date: IsoDate; notes: string }[] {
  return calendarFile['england-and-wales'].events;
}

/** The years the calendar covers; outside them only weekends are excluded (and callers are told). */
export const CALENDAR_YEARS = { first: firstYear, last: lastYear } as const;

export function isWorkingDayNumber(day: DayNumber): boolean {
  const w = weekday(day);
  return w !== 0 && w !== 6 && !holidays.has(day);
}

export function isWorkingDay(iso: IsoDate): boolean {
  const d = isoToDay(iso);
  if (d === null) throw new RangeError(`not a date: ${iso}`);
  return isWorkingDayNumber(d);
}

/** X plus n working days (n >= 0); with n = 0, X itself if it is a working day, else the next one. */
export function addWorkingDaysNumber(start: DayNumber, n: number): DayNumber {
  if (n < 0) throw new RangeError('n must be >= 0');
  let d = start;
  if (n === 0) {
    while (!isWorkingDayNumber(d)) d++;
    return d;
  }
  let left = n;
  while (left > 0) {
    d++;
    if (isWorkingDayNumber(d)) left--;
  }
  return d;
}

export function addWorkingDays(start: IsoDate, n: number): IsoDate {
  const d = isoToDay(start);
  if (d === null) throw new RangeError(`not a date: ${start}`);
  return dayToIso(addWorkingDaysNumber(d, n));
}

/**
 * Working days after `from` up to and including `to` (0 when the same day or `to` is earlier).
 * So `workingDaysBetween(x, addWorkingDays(x, n)) === n`.
 */
export function workingDaysBetweenNumbers(from: DayNumber, to: DayNumber): number {
  if (to <= from) return 0;
  let count = 0;
  for (let d = from + 1; d <= to; d++) if (isWorkingDayNumber(d)) count++;
  return count;
}

export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  const a = isoToDay(from);
  const b = isoToDay(to);
  if (a === null || b === null) throw new RangeError(`not a date: ${a === null ? from : to}`);
  return workingDaysBetweenNumbers(a, b);
}
