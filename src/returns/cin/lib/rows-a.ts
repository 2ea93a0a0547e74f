/**
 * Shared helpers for the CIN census rules of group a: reading cells and flags, join keys
 * (LAchildID, + CINdetailsID, + CPPID) and parsed date columns computed once per validation run, a
 * de-duplicating location collector, "earlier than" checks between two tables joined on a key, and
 * which dates fall inside another record's interval. All of them are linear or n log n, so every
 * rule stays fast on a 10,000-child return.
 */
import type { DayNumber } from '../../../core/day.ts';
import { isWorkingDayNumber } from '../../../core/working-days.ts';
import { ymd } from '../../common/dates.ts';
import {
  type CinRow,
  type ContextCin,
  type LocationCin,
  memo,
  type ResultCin,
  type RuleVersionCin,
} from '../rule.ts';
import type { TableNameCin } from '../tables.ts';

/** A rule version's check, for rules that build it from parameters. */
export type Validate = RuleVersionCin['validate'];

/** A cell as trimmed text; null when absent, empty or a list (only AssessmentFactors is a list). */
export function str(row: CinRow, field: string): string | null {
  const v = row[field];
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' ? null : t;
}

/** A date cell as a day number; a missing or malformed date is null (the reference tool's coercion). */
export function day(row: CinRow, field: string): DayNumber | null {
  return ymd(str(row, field));
}

/** The XSD yes/no type (ReferralNFA, ICPCnotRequired): `true` or `1` means yes. */
export function isTrue(v: string | null): boolean {
  if (v === null) return false;
  const t = v.toLowerCase();
  return t === 'true' || t === '1';
}

/** An explicit no (`false` or `0`); a missing or unrecognised value is neither yes nor no. */
export function isFalse(v: string | null): boolean {
  if (v === null) return false;
  const t = v.toLowerCase();
  return t === 'false' || t === '0';
}

const SEP = '\u0000';

/**
 * How rows join: on the child (LAchildID), the episode (+ CINdetailsID) or the child protection plan
 * (+ CPPID). A missing ID joins with other missing IDs, as a pandas merge does.
 */
export type KeyKind = 'child' | 'episode' | 'plan';

function keyOf(row: CinRow, kind: KeyKind): string {
  const child = str(row, 'LAchildID') ?? '';
  if (kind === 'child') return child;
  const episode = `${child}${SEP}${str(row, 'CINdetailsID') ?? ''}`;
  return kind === 'episode' ? episode : `${episode}${SEP}${str(row, 'CPPID') ?? ''}`;
}

/** Each row's join key, computed once per validation run; empty when the table is absent. */
export function keysOf(ctx: ContextCin, name: TableNameCin, kind: KeyKind): readonly string[] {
  return memo(ctx, `a:key:${name}:${kind}`, () => (ctx.tables[name]?.rows ?? []).map((r) => keyOf(r, kind)));
}

/** Each row's date in a field (null when missing or malformed), parsed once per validation run. */
export function datesOf(ctx: ContextCin, name: TableNameCin, field: string): readonly (DayNumber | null)[] {
  return memo(ctx, `a:date:${name}:${field}`, () => (ctx.tables[name]?.rows ?? []).map((r) => day(r, field)));
}

/** Appends a value to the list under a key, creating the list on first use. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Row positions grouped by key, in row order; positions failing `keep` are left out. */
export function groupRows(
  keys: readonly string[],
  keep: (i: number) => boolean = () => true,
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (keep(i)) addTo(out, k, i);
  });
  return out;
}

/** Collects flagged locations, each {table, field, row} once. */
export class Flags {
  private readonly rows = new Map<TableNameCin, Map<string, Set<number>>>();

  add(table: TableNameCin, fields: string | readonly string[], row: number): void {
    let byField = this.rows.get(table);
    if (!byField) {
      byField = new Map();
      this.rows.set(table, byField);
    }
    for (const field of typeof fields === 'string' ? [fields] : fields) {
      const set = byField.get(field);
      if (set) set.add(row);
      else byField.set(field, new Set([row]));
    }
  }

  result(): ResultCin {
    const locations: LocationCin[] = [];
    for (const [table, byField] of this.rows) {
      for (const [field, set] of byField) for (const row of set) locations.push({ table, field, row });
    }
    return { locations };
  }
}

/** A return-level failure (no row locations), or a clean result. */
export function laLevel(fails: boolean): ResultCin {
  return fails ? { locations: [], laLevel: true } : { locations: [] };
}

/** One side of an "earlier than" comparison: its table, each row's join key and date, what to flag. */
export interface Side {
  readonly name: TableNameCin;
  readonly keys: readonly string[];
  readonly dates: readonly (number | null)[];
  readonly fields: string | readonly string[];
}

/** A Side read from a table's join keys and one date field (flagged at that field by default). */
export function side(
  ctx: ContextCin,
  name: TableNameCin,
  kind: KeyKind,
  field: string,
  fields: string | readonly string[] = field,
): Side {
  return { name, keys: keysOf(ctx, name, kind), dates: datesOf(ctx, name, field), fields };
}

/**
 * Flags every pair of rows, one from each side with the same key, where the early side's date is
 * strictly before the late side's (both dates present). Linear: a row of `early` is in such a pair
 * exactly when its date is before the latest `late` date for its key, and vice versa.
 */
export function flagEarlier(flags: Flags, early: Side, late: Side): void {
  const latest = new Map<string, number>();
  late.dates.forEach((d, i) => {
    if (d === null) return;
    const k = late.keys[i] as string;
    const cur = latest.get(k);
    if (cur === undefined || d > cur) latest.set(k, d);
  });
  const earliest = new Map<string, number>();
  early.dates.forEach((d, i) => {
    if (d === null) return;
    const k = early.keys[i] as string;
    const max = latest.get(k);
    if (max !== undefined && d < max) flags.add(early.name, early.fields, i);
    const cur = earliest.get(k);
    if (cur === undefined || d < cur) earliest.set(k, d);
  });
  late.dates.forEach((d, i) => {
    if (d === null) return;
    const min = earliest.get(late.keys[i] as string);
    if (min !== undefined && d > min) flags.add(late.name, late.fields, i);
  });
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
  // First position whose day is >= d.
  const lowerBound = (d: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as Point).day < d) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const cover = new Array<number>(sorted.length + 1).fill(0);
  const selfCovered = new Array<boolean>(sorted.length).fill(false);
  for (const iv of intervals) {
    if (iv.last < iv.start) continue;
    const from = lowerBound(iv.start);
    const to = iv.last === Number.POSITIVE_INFINITY ? sorted.length : lowerBound(iv.last + 1);
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
  kind: KeyKind,
  startField: string,
  endField: string,
  o: { openUntil: number; endIncluded: boolean },
): Map<string, Interval[]> {
  const keys = keysOf(ctx, name, kind);
  const ends = datesOf(ctx, name, endField);
  const out = new Map<string, Interval[]>();
  datesOf(ctx, name, startField).forEach((start, i) => {
    if (start === null) return;
    const end = ends[i] ?? null;
    const last = end === null ? o.openUntil : o.endIncluded ? end : end - 1;
    addTo(out, keys[i] as string, { row: i, start, last });
  });
  return out;
}

/** Each row's date grouped by join key; rows without the date (or failing `keep`) are left out. */
export function pointsBy(
  ctx: ContextCin,
  name: TableNameCin,
  kind: KeyKind,
  field: string,
  keep: (i: number, day: DayNumber) => boolean = () => true,
): Map<string, Point[]> {
  const keys = keysOf(ctx, name, kind);
  const out = new Map<string, Point[]>();
  datesOf(ctx, name, field).forEach((d, i) => {
    if (d !== null && keep(i, d)) addTo(out, keys[i] as string, { row: i, day: d });
  });
  return out;
}

/** pointsInIntervals over every group present in both maps, results merged. */
export function pointsInIntervalsBy(
  intervals: ReadonlyMap<string, readonly Interval[]>,
  points: ReadonlyMap<string, readonly Point[]>,
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
