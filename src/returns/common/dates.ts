/**
 * Date parsing for return files, cached by text because the same dates repeat across a return
 * (a 100k-child 903 has far fewer distinct dates than cells). Results are day numbers (core/day.ts).
 */
import { type DayNumber, isoToDay } from '../../core/day.ts';

const dmyCache = new Map<string, DayNumber | null>();
const isoCache = new Map<string, DayNumber | null>();
const DMY_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function fromParts(y: number, m: number, d: number): DayNumber | null {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isoToDay(iso);
}

/**
 * DD/MM/YYYY (the 903 CSV format; one-digit day or month accepted, as `%d/%m/%Y` does), or null
 * when empty or not a real date (31/02/2020, 2020-01-01, "tomorrow").
 */
export function dmy(v: string | null | undefined): DayNumber | null {
  if (v === null || v === undefined) return null;
  const cached = dmyCache.get(v);
  if (cached !== undefined) return cached;
  const m = DMY_RE.exec(v.trim());
  const out = m ? fromParts(Number(m[3]), Number(m[2]), Number(m[1])) : null;
  if (dmyCache.size > 200_000) dmyCache.clear();
  dmyCache.set(v, out);
  return out;
}

/**
 * YYYY-MM-DD (the CIN census XML format; a trailing time such as `T00:00:00` or ` 00:00:00` is
 * ignored), or null when empty or not a real date.
 */
export function ymd(v: string | null | undefined): DayNumber | null {
  if (v === null || v === undefined) return null;
  const cached = isoCache.get(v);
  if (cached !== undefined) return cached;
  const t = v.trim();
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(t);
  const out = m ? fromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (isoCache.size > 200_000) isoCache.clear();
  isoCache.set(v, out);
  return out;
}

export { ageInYears, plusMonths, plusYears } from '../../core/day.ts';
