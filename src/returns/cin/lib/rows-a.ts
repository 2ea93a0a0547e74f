/**
 * Helpers only the group a CIN rules use: "earlier than" checks between two tables joined on a key,
 * and which dates fall inside another record's interval. Join ids, parsed dates and flags come from
 * derived.ts, built once per validation run for all rules. All of these are linear or n log n.
 */
import type { DayNumber } from '../../../core/day.ts';
import { isWorkingDayNumber } from '../../../core/working-days.ts';
import type { ContextCin, ResultCin, RuleVersionCin } from '../rule.ts';
import type { TableNameCin } from '../tables.ts';
import { addTo, dates, Flags, ids, type KeyLevel } from './derived.ts';

/** A rule version's check, for rules that build it from parameters. */
export type Validate = RuleVersionCin['validate'];

/** Row positions grouped by key, in row order; positions failing `keep` are left out. */
export function groupRows(
  keys: ArrayLike<number>,
  keep: (i: number) => boolean = () => true,
): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let i = 0; i < keys.length; i++) if (keep(i)) addTo(out, keys[i] as number, i);
  return out;
}

/** One side of an "earlier than" comparison: its table, each row's join key and date, what to flag. */
export interface Side {
  readonly name: TableNameCin;
  readonly keys: ArrayLike<number>;
  readonly dates: readonly (number | null)[];
  readonly fields: string | readonly string[];
}

/** A Side read from a table's join keys and one date field (flagged at that field by default). */
export function side(
  ctx: ContextCin,
  name: TableNameCin,
  kind: KeyLevel,
  field: string,
  fields: string | readonly string[] = field,
): Side {
  return { name, keys: ids(ctx, name, kind), dates: dates(ctx, name, field), fields };
}

function maxOf(keys: ArrayLike<number>): number {
  let max = -1;
  for (let i = 0; i < keys.length; i++) if ((keys[i] as number) > max) max = keys[i] as number;
  return max;
}

/**
 * Flags every pair of rows, one from each side with the same key, where the early side's date is
 * strictly before the late side's (both dates present). Linear: a row of `early` is in such a pair
 * exactly when its date is before the latest `late` date for its key, and vice versa.
 */
export function flagEarlier(flags: Flags, early: Side, late: Side): void {
  // Join ids are small dense integers, so typed arrays indexed by id stand in for maps; a key with
  // no date reads as -Infinity (latest) or Infinity (earliest), which no comparison below passes.
  const size = Math.max(maxOf(early.keys), maxOf(late.keys)) + 1;
  const latest = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < late.dates.length; i++) {
    const d = late.dates[i];
    if (d === null || d === undefined) continue;
    const k = late.keys[i] as number;
    if (d > (latest[k] as number)) latest[k] = d;
  }
  const earliest = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  for (let i = 0; i < early.dates.length; i++) {
    const d = early.dates[i];
    if (d === null || d === undefined) continue;
    const k = early.keys[i] as number;
    if (d < (latest[k] as number)) flags.add(early.name, early.fields, i);
    if (d < (earliest[k] as number)) earliest[k] = d;
  }
  for (let i = 0; i < late.dates.length; i++) {
    const d = late.dates[i];
    if (d === null || d === undefined) continue;
    if (d > (earliest[late.keys[i] as number] as number)) flags.add(late.name, late.fields, i);
  }
}

/**
 * Flags dates of a table's rows (`field`) that are before the referral date of their episode
 * (CINdetails, joined on LAchildID + CINdetailsID), and the referral dates they are before. Used by
 * 1103, 1104, 1105, 2889 and 4015. Returns undefined when either table is absent.
 */
export function beforeReferral(ctx: ContextCin, name: TableNameCin, field: string): ResultCin | undefined {
  if (!ctx.tables[name] || !ctx.tables.CINdetails) return undefined;
  const flags = new Flags();
  flagEarlier(
    flags,
    side(ctx, name, 'episode', field),
    side(ctx, 'CINdetails', 'episode', 'CINreferralDate'),
  );
  return flags.result();
}

/** A record's interval, both ends included (`last` may be Infinity for an open-ended record). */
export interface Interval {
  readonly row: number;
  readonly start: DayNumber;
  readonly last: number;
}

/** A record's single date. */
export interface Point {
  readonly row: number;
  readonly day: DayNumber;
}

/**
 * First position in points sorted by day whose day is >= d. At module level, not a closure made on
 * each call: tsx names every function it creates, which cost more than the search on small groups.
 */
function firstDayAtLeast(sorted: readonly Point[], d: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Point).day < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Within one group (one child or one episode): which intervals contain at least one point
 * (`hosts`), and which points lie inside at least one interval (`guests`). With `sameRecords`,
 * interval and point with the same row are one record and never count against each other (a CIN
 * plan's own start is inside its own dates). Sorting, binary search and a difference array keep this
 * n log n.
 */
export function pointsInIntervals(
  intervals: readonly Interval[],
  points: readonly Point[],
  sameRecords = false,
): { hosts: number[]; guests: number[] } {
  const hosts: number[] = [];
  const guests: number[] = [];
  if (intervals.length === 0 || points.length === 0) return { hosts, guests };
  // A lone record cannot overlap itself: the common case of a child with one plan.
  if (sameRecords && intervals.length === 1 && points.length === 1 && intervals[0]?.row === points[0]?.row) {
    return { hosts, guests };
  }
  const sorted = points.length === 1 ? points : [...points].sort((a, b) => a.day - b.day || a.row - b.row);
  const positionOf = new Map<number, number>();
  if (sameRecords) {
    sorted.forEach((p, pos) => {
      positionOf.set(p.row, pos);
    });
  }
  const cover = new Array<number>(sorted.length + 1).fill(0);
  const selfCovered = new Array<boolean>(sorted.length).fill(false);
  for (const iv of intervals) {
    if (iv.last < iv.start) continue;
    const from = firstDayAtLeast(sorted, iv.start);
    const to = iv.last === Number.POSITIVE_INFINITY ? sorted.length : firstDayAtLeast(sorted, iv.last + 1);
    if (to <= from) continue;
    const own = sameRecords ? positionOf.get(iv.row) : undefined;
    const self = own !== undefined && own >= from && own < to;
    if (self) selfCovered[own] = true;
    if (to - from - (self ? 1 : 0) > 0) hosts.push(iv.row);
    cover[from] = (cover[from] as number) + 1;
    cover[to] = (cover[to] as number) - 1;
  }
  let running = 0;
  sorted.forEach((p, pos) => {
    running += cover[pos] as number;
    if (running - (selfCovered[pos] ? 1 : 0) > 0) guests.push(p.row);
  });
  return { hosts, guests };
}

/**
 * Each row's [start, end] interval grouped by join key, from two date fields. A missing end leaves
 * the record open up to `openUntil` (included); otherwise the end day is included or not as
 * `endIncluded` says. Rows without a start date are left out.
 */
export function intervalsBy(
  ctx: ContextCin,
  name: TableNameCin,
  kind: KeyLevel,
  startField: string,
  endField: string,
  o: { openUntil: number; endIncluded: boolean },
): Map<number, Interval[]> {
  const keys = ids(ctx, name, kind);
  const ends = dates(ctx, name, endField);
  const out = new Map<number, Interval[]>();
  dates(ctx, name, startField).forEach((start, i) => {
    if (start === null) return;
    const end = ends[i] ?? null;
    const last = end === null ? o.openUntil : o.endIncluded ? end : end - 1;
    addTo(out, keys[i] as number, { row: i, start, last });
  });
  return out;
}

/** Each row's date grouped by join key; rows without the date (or failing `keep`) are left out. */
export function pointsBy(
  ctx: ContextCin,
  name: TableNameCin,
  kind: KeyLevel,
  field: string,
  keep: (i: number, day: DayNumber) => boolean = () => true,
): Map<number, Point[]> {
  const keys = ids(ctx, name, kind);
  const out = new Map<number, Point[]>();
  dates(ctx, name, field).forEach((d, i) => {
    if (d !== null && keep(i, d)) addTo(out, keys[i] as number, { row: i, day: d });
  });
  return out;
}

/** pointsInIntervals over every group present in both maps, results merged. */
export function pointsInIntervalsBy(
  intervals: ReadonlyMap<number, readonly Interval[]>,
  points: ReadonlyMap<number, readonly Point[]>,
  sameRecords = false,
): { hosts: number[]; guests: number[] } {
  const hosts: number[] = [];
  const guests: number[] = [];
  for (const [k, ivs] of intervals) {
    const pts = points.get(k);
    if (!pts) continue;
    const r = pointsInIntervals(ivs, pts, sameRecords);
    for (const h of r.hosts) hosts.push(h);
    for (const g of r.guests) guests.push(g);
  }
  return { hosts, guests };
}

/** The last working day strictly before `d` (England and Wales bank holidays). */
export function workingDayBefore(d: DayNumber): DayNumber {
  let x = d - 1;
  while (!isWorkingDayNumber(x)) x--;
  return x;
}
