/**
 * Helpers shared by the group-d SSDA903 rules (625-1016, 3001, EPI, INT*, NoE, SW*). Provides:
 * - `cell`: a row object's cell (for the Ofsted provider lookup, which is not a 903 table); the 903
 *   tables are read as columns (frame.ts), where an empty string is a value and only null is missing;
 * - `anyPresentAt`: whether any of some columns holds a value on a row;
 * - `dayCol`, `at`: memoised DD/MM/YYYY day numbers for one column of one table, and one of them;
 * - `childGroups`, `childSet`: memoised row positions (and the set) of one table keyed by the exact
 *   CHILD text; rows without a CHILD are left out;
 * - `careLeavers`, `careLeaverRows`: OC3's children, and another table's rows for those children only;
 * - `mergeKeyOf`, `mergeKeyAt`: the join key pandas uses for CHILD (a missing CHILD matches a missing CHILD);
 * - `sortedByDay`: positions in date order, missing dates last, ties in row order;
 * - `zzDate`: a DD/MM/YYYY date where ZZ/ZZZZ stand for an unknown day, month or year (the latest
 *   date the known parts allow), as DfE allows for DATE_PERM and the social worker dates;
 * - `childNotIn`, `valueDiffers`, `duplicateChildren`: bodies of the INT internal-consistency rules;
 * - `swAscending`: memoised social worker episode positions per child by SW_DECOM.
 */
import type { DayNumber } from '../../../core/day.ts';
import { dmy, plusMonths, plusYears } from '../../common/dates.ts';
import type { Cell } from '../../common/table.ts';
import { type Context903, type Flags903, memo } from '../rule.ts';
import type { TableName903 } from '../tables.ts';
import {
  childIndex,
  column,
  days,
  flagWhere,
  cell as frameCell,
  groupRows,
  isIn,
  rowCount,
} from './frame.ts';

export const V3_V4: ReadonlySet<string> = new Set(['V3', 'V4']);
export const CARE_LEAVER_FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'] as const;

export const cell = frameCell;

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
  if (!ctx.tables[table]) return NO_KEYS;
  if (table === 'Episodes' || ctx.memo.has(`f:child:${table}`)) {
    const g = childIndex(ctx, table);
    return { has: (k) => (k === MISSING_KEY ? g.missing : g.byChild.has(k)) };
  }
  return memo(ctx, `d:childset:${table}`, () => {
    const children = column(ctx, table, 'CHILD');
    const out = new Set<string>();
    for (let i = 0; i < children.length; i++) out.add(children[i] ?? MISSING_KEY);
    return out;
  });
}

/** The CHILD values of OC3, the care leavers several rules look up in other tables. */
export function careLeavers(ctx: Context903): ReadonlySet<string> {
  if (!ctx.tables.OC3) return new Set();
  return memo(ctx, 'd:oc3-children', () => {
    const children = column(ctx, 'OC3', 'CHILD');
    const out = new Set<string>();
    for (let i = 0; i < children.length; i++) {
      const k = children[i] ?? null;
      if (k !== null) out.add(k);
    }
    return out;
  });
}

/** Row positions of `table` for care leavers (OC3 children) only: cheaper than grouping every child. */
export function careLeaverRows(ctx: Context903, table: TableName903): ReadonlyMap<string, number[]> {
  if (!ctx.tables[table]) return NO_GROUPS;
  if (ctx.memo.has(`f:child:${table}`)) return childGroups(ctx, table);
  return memo(ctx, `d:oc3-rows:${table}`, () => {
    const wanted = careLeavers(ctx);
    return groupRows(column(ctx, table, 'CHILD'), (k) => wanted.has(k));
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
    if (!ctx.tables.Header || !ctx.tables[table]) return undefined;
    const header = childSet(ctx, 'Header');
    const children = column(ctx, table, 'CHILD');
    return { [table]: flagWhere(rowCount(ctx, table), (i) => !header.has(children[i] ?? MISSING_KEY)) };
  };
}

/**
 * INT11-INT21: rows of `table` whose `col` differs from the Header's for the same child, when both are
 * given (dates compared as dates; a date that does not parse counts as not given).
 */
export function valueDiffers(table: TableName903, col: string, asDate: boolean) {
  return (ctx: Context903): Flags903 | undefined => {
    if (!ctx.tables.Header || !ctx.tables[table]) return undefined;
    const mine = asDate ? dayCol(ctx, table, col) : column(ctx, table, col);
    // The Header's values by child: one value, or a list when the child is in the Header more than once.
    const theirs = memo(ctx, `d:header:${col}:${asDate}`, () => {
      const values = asDate ? dayCol(ctx, 'Header', col) : column(ctx, 'Header', col);
      const byChild = new Map<string, string | number | null | (string | number | null)[]>();
      const children = column(ctx, 'Header', 'CHILD');
      for (let i = 0; i < children.length; i++) {
        const k = children[i] ?? MISSING_KEY;
        const v = values[i] ?? null;
        if (!byChild.has(k)) byChild.set(k, v);
        else {
          const seen = byChild.get(k);
          byChild.set(k, Array.isArray(seen) ? [...seen, v] : [seen ?? null, v]);
        }
      }
      return byChild;
    });
    const children = column(ctx, table, 'CHILD');
    return {
      [table]: flagWhere(rowCount(ctx, table), (i) => {
        const v = mine[i] ?? null;
        if (v === null) return false;
        const h = theirs.get(children[i] ?? MISSING_KEY);
        if (h === undefined || h === null) return false;
        return Array.isArray(h) ? h.some((x) => x !== null && x !== v) : h !== v;
      }),
    };
  };
}

/** INT31-INT36: every row of a child that appears more than once in `table`. */
export function duplicateChildren(table: TableName903) {
  return (ctx: Context903): Flags903 | undefined => {
    if (!ctx.tables[table]) return undefined;
    const children = column(ctx, table, 'CHILD');
    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (let i = 0; i < children.length; i++) {
      const k = children[i] ?? null;
      if (k === null) continue;
      if (seen.has(k)) repeated.add(k);
      else seen.add(k);
    }
    if (repeated.size === 0) return { [table]: [] };
    return { [table]: flagWhere(children.length, (i) => isIn(children[i], repeated)) };
  };
}

/**
 * Each child's social worker episode positions by SW_DECOM (missing or unparseable last, ties in row
 * order), sorted as they are visited rather than kept (two rules read them once each; kept, they
 * would hold ~9 MB for 100,000 children to the end of the run).
 */
export function* swAscending(
  ctx: Context903,
  table: 'SWEpisodes' | 'SWEpisodes_last' = 'SWEpisodes',
): Generator<readonly number[]> {
  const decom = dayCol(ctx, table, 'SW_DECOM');
  for (const positions of childGroups(ctx, table).values()) {
    yield positions.length < 2 ? positions : sortedByDay(positions, decom);
  }
}

// Position-based forms of the row helpers above, for rules reading columns (see frame.ts).

/** Whether any of the columns holds a value on row `i` of a table. */
export function anyPresentAt(
  ctx: Context903,
  table: TableName903,
  cols: readonly string[],
  i: number,
): boolean {
  for (const c of cols) if ((column(ctx, table, c)[i] ?? null) !== null) return true;
  return false;
}

/** `mergeKey` of row `i` of a table: its exact CHILD, or the key a missing CHILD matches by. */
export function mergeKeyAt(ctx: Context903, table: TableName903, i: number): string {
  return column(ctx, table, 'CHILD')[i] ?? MISSING_KEY;
}

/** `mergeKey` of a CHILD cell read from a column: the CHILD itself, or the key a missing CHILD matches by. */
export function mergeKeyOf(child: Cell | undefined): string {
  return child ?? MISSING_KEY;
}
