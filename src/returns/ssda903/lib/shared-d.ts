/**
 * Helpers shared by the group-d SSDA903 rules (625-1016, 3001, EPI, INT*, NoE, SW*). Provides:
 * - `cell`, `present`, `anyPresent`: raw cell access with pandas semantics (an empty string is a value,
 *   only null/absent is missing; codes compare exactly, without trimming or upper-casing);
 * - `flagRows`: the positions of a table's rows that satisfy a predicate;
 * - `dayCol`, `at`: memoised DD/MM/YYYY day numbers for one column of one table, and one of them;
 * - `childGroups`, `childSet`: memoised row positions (and the set) of one table keyed by the exact
 *   CHILD text; rows without a CHILD are left out;
 * - `careLeavers`, `careLeaverRows`: OC3's children, and another table's rows for those children only;
 * - `mergeKey`: the join key pandas uses for CHILD (a missing CHILD matches a missing CHILD);
 * - `sortedByDay`: positions in date order, missing dates last, ties in row order;
 * - `zzDate`: a DD/MM/YYYY date where ZZ/ZZZZ stand for an unknown day, month or year (the latest
 *   date the known parts allow), as DfE allows for DATE_PERM and the social worker dates;
 * - `childNotIn`, `valueDiffers`, `duplicateChildren`: bodies of the INT internal-consistency rules;
 * - `swAscending`: memoised social worker episode positions per child by SW_DECOM.
 */
import type { DayNumber } from '../../../core/day.ts';
import { dmy, plusMonths, plusYears } from '../../common/dates.ts';
import type { Cell, Row } from '../../common/table.ts';
import { type Context903, type Flags903, memo } from '../rule.ts';
import type { TableName903 } from '../tables.ts';
import { childIndex, days, cell as frameCell, flagRows as frameFlagRows, presentIn } from './frame.ts';

export const V3_V4: ReadonlySet<string> = new Set(['V3', 'V4']);
export const CARE_LEAVER_FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'] as const;

// Re-bound here rather than re-exported: tsx compiles modules to CommonJS, where each imported
// name is read through a getter, and a re-export would make every call in a rule's loop go through two.
export const cell = frameCell;
export const flagRows = frameFlagRows;
export const present = presentIn;

/** Whether any of the columns holds a value. */
export function anyPresent(row: Row | undefined, cols: readonly string[]): boolean {
  for (const c of cols) if (present(row, c)) return true;
  return false;
}

/** Day numbers (or null) of one date column of one table, parsed once per run (see frame.ts). */
export function dayCol(ctx: Context903, table: TableName903, col: string): readonly (DayNumber | null)[] {
  return days(ctx, table, col);
}

/** The day at position `i` of a parsed column, null when missing. */
export function at(days: readonly (DayNumber | null)[], i: number): DayNumber | null {
  const v = days[i];
  return v === undefined ? null : v;
}

const NO_GROUPS: ReadonlyMap<string, number[]> = new Map();

/** Row positions of one table grouped by the exact CHILD text; rows without a CHILD are left out. */
export function childGroups(ctx: Context903, table: TableName903): ReadonlyMap<string, number[]> {
  return childIndex(ctx, table).byChild;
}

const MISSING_KEY = '\u0000missing';

/** The key a pandas merge on CHILD joins by: a missing CHILD matches another missing CHILD. */
export function mergeKey(row: Row | undefined): string {
  return cell(row, 'CHILD') ?? MISSING_KEY;
}

/** Membership by merge key (see `mergeKey`). */
export interface KeySet {
  has(key: string): boolean;
}

const NO_KEYS: KeySet = { has: () => false };

/**
 * The merge keys (see `mergeKey`) of every row of a table. Episodes are grouped by child for many rules,
 * so their set is read from those groups; other tables get a plain set unless already grouped.
 */
export function childSet(ctx: Context903, table: TableName903): KeySet {
  const t = ctx.tables[table];
  if (!t) return NO_KEYS;
  if (table === 'Episodes' || ctx.memo.has(`f:child:${table}`)) {
    const g = childIndex(ctx, table);
    return { has: (k) => (k === MISSING_KEY ? g.missing : g.byChild.has(k)) };
  }
  return memo(ctx, `d:childset:${table}`, () => new Set(t.rows.map(mergeKey)));
}

/** The CHILD values of OC3, the care leavers several rules look up in other tables. */
export function careLeavers(ctx: Context903): ReadonlySet<string> {
  const t = ctx.tables.OC3;
  if (!t) return new Set();
  return memo(ctx, 'd:oc3-children', () => {
    const out = new Set<string>();
    for (const row of t.rows) {
      const k = cell(row, 'CHILD');
      if (k !== null) out.add(k);
    }
    return out;
  });
}

/** Row positions of `table` for care leavers (OC3 children) only: cheaper than grouping every child. */
export function careLeaverRows(ctx: Context903, table: TableName903): ReadonlyMap<string, number[]> {
  const t = ctx.tables[table];
  if (!t) return NO_GROUPS;
  if (ctx.memo.has(`f:child:${table}`)) return childGroups(ctx, table);
  return memo(ctx, `d:oc3-rows:${table}`, () => {
    const wanted = careLeavers(ctx);
    const out = new Map<string, number[]>();
    t.rows.forEach((row, i) => {
      const k = cell(row, 'CHILD');
      if (k === null || !wanted.has(k)) return;
      const list = out.get(k);
      if (list) list.push(i);
      else out.set(k, [i]);
    });
    return out;
  });
}

/** Positions sorted by day (ascending, or descending), missing days last, ties in row order. */
export function sortedByDay(
  positions: readonly number[],
  days: readonly (DayNumber | null)[],
  descending = false,
): number[] {
  if (positions.length < 2) return [...positions];
  const sign = descending ? -1 : 1;
  return [...positions].sort((a, b) => {
    const da = at(days, a);
    const db = at(days, b);
    if (da === null || db === null) {
      if (da === db) return a - b;
      return da === null ? 1 : -1;
    }
    return da === db ? a - b : sign * (da - db);
  });
}

/**
 * A DD/MM/YYYY date where the day or month may be 'ZZ' and the year 'ZZZZ' (unknown parts), or null.
 * An unknown day means the last day of the month, an unknown month the last day of the year (12 months
 * on from the day given in January), and an unknown year is taken as 2000, as the sector's tool reads it.
 */
export function zzDate(v: Cell): DayNumber | null {
  if (v === null) return null;
  const plain = dmy(v);
  if (plain !== null) return plain;
  const parts = v.split('/');
  if (parts.length !== 3) return null;
  let offset: 'month' | 'year' | null = null;
  const [d, m, y] = parts as [string, string, string];
  const day = d === 'ZZ' ? '01' : d;
  const month = m === 'ZZ' ? '01' : m;
  const year = y === 'ZZZZ' ? '2000' : y;
  if (d === 'ZZ') offset = 'month';
  if (m === 'ZZ') offset = 'year';
  const base = dmy(`${day}/${month}/${year}`);
  if (base === null) return null;
  if (offset === 'month') return plusMonths(base, 1) - 1;
  if (offset === 'year') return plusYears(base, 1) - 1;
  return base;
}

/** INT01-INT09: rows of `table` whose child is not in the Header. */
export function childNotIn(table: TableName903) {
  return (ctx: Context903): Flags903 | undefined => {
    const t = ctx.tables[table];
    if (!ctx.tables.Header || !t) return undefined;
    const header = childSet(ctx, 'Header');
    return { [table]: flagRows(t, (row) => !header.has(mergeKey(row))) };
  };
}

/**
 * INT11-INT21: rows of `table` whose `col` differs from the Header's for the same child, when both are
 * given (dates compared as dates; a date that does not parse counts as not given).
 */
export function valueDiffers(table: TableName903, col: string, asDate: boolean) {
  return (ctx: Context903): Flags903 | undefined => {
    const t = ctx.tables[table];
    const header = ctx.tables.Header;
    if (!header || !t) return undefined;
    const mine = asDate ? dayCol(ctx, table, col) : t.rows.map((r) => cell(r, col));
    // The Header's values by child: one value, or a list when the child is in the Header more than once.
    const theirs = memo(ctx, `d:header:${col}:${asDate}`, () => {
      const values = asDate ? dayCol(ctx, 'Header', col) : header.rows.map((r) => cell(r, col));
      const byChild = new Map<string, string | number | null | (string | number | null)[]>();
      header.rows.forEach((row, i) => {
        const k = mergeKey(row);
        const v = values[i] ?? null;
        if (!byChild.has(k)) byChild.set(k, v);
        else {
          const seen = byChild.get(k);
          byChild.set(k, Array.isArray(seen) ? [...seen, v] : [seen ?? null, v]);
        }
      });
      return byChild;
    });
    return {
      [table]: flagRows(t, (row, i) => {
        const v = mine[i] ?? null;
        if (v === null) return false;
        const h = theirs.get(mergeKey(row));
        if (h === undefined || h === null) return false;
        return Array.isArray(h) ? h.some((x) => x !== null && x !== v) : h !== v;
      }),
    };
  };
}

/** INT31-INT36: every row of a child that appears more than once in `table`. */
export function duplicateChildren(table: TableName903) {
  return (ctx: Context903): Flags903 | undefined => {
    const t = ctx.tables[table];
    if (!t) return undefined;
    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (const row of t.rows) {
      const k = cell(row, 'CHILD');
      if (k === null) continue;
      if (seen.has(k)) repeated.add(k);
      else seen.add(k);
    }
    if (repeated.size === 0) return { [table]: [] };
    return {
      [table]: flagRows(t, (row) => {
        const k = cell(row, 'CHILD');
        return k !== null && repeated.has(k);
      }),
    };
  };
}

/** Social worker episode positions per child by SW_DECOM (missing or unparseable last, ties in row order). */
export function swAscending(
  ctx: Context903,
  table: 'SWEpisodes' | 'SWEpisodes_last' = 'SWEpisodes',
): ReadonlyMap<string, number[]> {
  return memo(ctx, `d:swasc:${table}`, () => {
    const decom = dayCol(ctx, table, 'SW_DECOM');
    const out = new Map<string, number[]>();
    childGroups(ctx, table).forEach((positions, child) => {
      out.set(child, sortedByDay(positions, decom));
    });
    return out;
  });
}
