/**
 * Helpers shared by the group-b SSDA903 rules (225-442). Provides:
 * - `col`, `childCol`, `dayCol`: one column of one table as an array (raw cells, trimmed CHILD keys,
 *   DD/MM/YYYY day numbers), read once per run. Rules index these arrays rather than looking cells up
 *   row by row: on a 100k-child return that is what keeps them fast;
 * - `isIn`, `present`, `cell`: cell tests with pandas semantics (an empty string is a value, only
 *   null/absent is missing; codes compare exactly, without trimming or upper-casing);
 * - `flagWhere`: the positions 0..n-1 that satisfy a predicate;
 * - `childRows`, `rowsOf`, `joined`: row positions of a table grouped by CHILD, and for each row of
 *   one table the same child's rows in another;
 * - `dobPlus`: each row's date of birth plus some years (that birthday), computed once per run;
 * - `episodesInOrder`, `eachEpisodePair`: each child's episodes sorted by DECOM (missing or
 *   unparseable DECOM last, ties in row order), the order "previous" and "next" episode mean in the
 *   rules, and a walk over consecutive pairs;
 * - `uascChildren`: children who are or were UASC this year or last, from Header(_last).UASC or the
 *   UASC(_last) tables, as the sector's validator reads them;
 * - `placedUnderAge`, `temporaryTooLong`, `legalStatusTooLong`: rule bodies shared by the families
 *   of age-at-placement (370-374), temporary-placement length (375, 376, 379) and short legal-status
 *   length (361-364) rules.
 */
import type { DayNumber } from '../../../core/day.ts';
import { plusYears } from '../../common/dates.ts';
import type { Cell } from '../../common/table.ts';
import { type Context903, type Flags903, memo } from '../rule.ts';
import type { TableName903 } from '../tables.ts';
import {
  type Column,
  column,
  type Days,
  days,
  cell as frameCell,
  orderedEpisodesByChild,
  rowCount,
  trimmedChildKeys,
  trimmedChildRows,
} from './frame.ts';

export const V3_V4: ReadonlySet<string> = new Set(['V3', 'V4']);
export const TEMPORARY: ReadonlySet<string> = new Set(['T0', 'T1', 'T2', 'T3', 'T4']);

export type { Column, Days } from './frame.ts';

const NO_DAYS: Days = [];
const NO_POSITIONS: readonly number[] = [];

export const cell = frameCell;

/** pandas `notna`: anything but null/absent, including an empty string. */
export function present(v: Cell | undefined): boolean {
  return v !== null && v !== undefined;
}

/** Whether a cell is one of the codes (exact comparison). */
export function isIn(v: Cell | undefined, codes: ReadonlySet<string>): boolean {
  return v !== null && v !== undefined && codes.has(v);
}

/** Positions 0..n-1 for which `pred` holds. */
export function flagWhere(n: number, pred: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (pred(i)) out.push(i);
  return out;
}

/** One column of one table (raw cells, null when absent), read once per run (see frame.ts). */
export function col(ctx: Context903, table: TableName903, name: string): Column {
  return column(ctx, table, name);
}

/** Each row's CHILD, trimmed (null when missing or blank): the key `childRows` groups by. */
export function childCol(ctx: Context903, table: TableName903): Column {
  return trimmedChildKeys(ctx, table);
}

/** Day numbers (or null) of one DD/MM/YYYY column of one table, parsed once per run. */
export function dayCol(ctx: Context903, table: TableName903, name: string): Days {
  return days(ctx, table, name);
}

/** The value at position `i` of a column, null when missing. */
export function at<T>(values: readonly (T | null)[], i: number): T | null {
  return values[i] ?? null;
}

/** Row positions of one table grouped by (trimmed) CHILD; rows without a CHILD are left out. */
export function childRows(ctx: Context903, table: TableName903): ReadonlyMap<string, number[]> {
  return trimmedChildRows(ctx, table);
}

/** The positions of a child's rows in a table (none when the child is missing). */
export function rowsOf(
  groups: ReadonlyMap<string, readonly number[]>,
  child: Cell | undefined,
): readonly number[] {
  return child === null || child === undefined ? NO_POSITIONS : (groups.get(child) ?? NO_POSITIONS);
}

/** For each row of `from`, the positions of the same child's rows in `to` (computed once per run). */
export function joined(
  ctx: Context903,
  from: TableName903,
  to: TableName903,
): readonly (readonly number[])[] {
  if (!ctx.tables[from]) return [];
  return memo(ctx, `b:join:${from}:${to}`, () => {
    const groups = childRows(ctx, to);
    return childCol(ctx, from).map((child) => rowsOf(groups, child));
  });
}

/** Each row's DOB plus `years` (the day of that birthday; 29 February -> 28 February), once per run. */
export function dobPlus(ctx: Context903, table: TableName903, years: number): Days {
  if (!ctx.tables[table]) return NO_DAYS;
  return memo(ctx, `b:dob+${years}:${table}`, () => {
    const birthdays = new Map<DayNumber, DayNumber>();
    return dayCol(ctx, table, 'DOB').map((born) => {
      if (born === null) return null;
      let day = birthdays.get(born);
      if (day === undefined) {
        day = plusYears(born, years);
        birthdays.set(born, day);
      }
      return day;
    });
  });
}

/**
 * Each child's episode positions in DECOM order: missing or unparseable DECOM last, equal dates in
 * row order (a stable sort, as pandas sorts by CHILD then DECOM). See frame.ts.
 */
export function episodesInOrder(ctx: Context903): ReadonlyMap<string, readonly number[]> {
  return orderedEpisodesByChild(ctx);
}

/**
 * Calls `visit(prev, cur, prev2)` for every pair of consecutive episodes of the same child, in DECOM
 * order (see `episodesInOrder`); `prev2` is the episode before `prev`, when there is one.
 */
export function eachEpisodePair(
  ctx: Context903,
  visit: (prev: number, cur: number, prev2: number | undefined) => void,
): void {
  for (const order of episodesInOrder(ctx).values()) {
    for (let k = 1; k < order.length; k++) {
      visit(order[k - 1] as number, order[k] as number, k > 1 ? order[k - 2] : undefined);
    }
  }
}

/** Positions sorted ascending, without duplicates. */
export function positions(flags: Iterable<number>): number[] {
  return [...new Set(flags)].sort((a, b) => a - b);
}

export interface UascHistory {
  /** Whether any table told us about UASC status (a Header(_last) UASC column or a UASC(_last) table). */
  readonly known: boolean;
  /** Children who are UASC this year or were last year. */
  readonly children: ReadonlySet<string>;
}

/**
 * Children who are or were UASC: Header.UASC = '1' (or, with no Header, a UASC row with any value
 * besides CHILD), and the same from last year's Header_last or UASC_last.
 */
export function uascChildren(ctx: Context903): UascHistory {
  return memo(ctx, 'b:uasc', () => {
    const children = new Set<string>();
    let known = false;
    const read = (header: 'Header' | 'Header_last', uasc: 'UASC' | 'UASC_last'): void => {
      const h = ctx.tables[header];
      const u = ctx.tables[uasc];
      if (h) {
        if (!h.columns.includes('UASC')) return;
        known = true;
        const status = col(ctx, header, 'UASC');
        childCol(ctx, header).forEach((child, i) => {
          if (child !== null && status[i] === '1') children.add(child);
        });
      } else if (u) {
        known = true;
        const others = u.columns.filter((c) => c !== 'CHILD').map((c) => col(ctx, uasc, c));
        childCol(ctx, uasc).forEach((child, i) => {
          if (child !== null && others.some((values) => present(values[i]))) children.add(child);
        });
      }
    };
    read('Header', 'UASC');
    read('Header_last', 'UASC_last');
    return { known, children };
  });
}

/**
 * Episodes in placement `place` that started before the child's `years`th birthday. Only ended
 * episodes of children with a known date of birth are checked (the sector's validator leaves open
 * episodes out of these checks).
 */
export function placedUnderAge(place: string, years: number): (ctx: Context903) => Flags903 | undefined {
  return (ctx) => {
    if (!ctx.tables.Episodes || !ctx.tables.Header) return undefined;
    const placement = col(ctx, 'Episodes', 'PLACE');
    const decom = dayCol(ctx, 'Episodes', 'DECOM');
    const dec = dayCol(ctx, 'Episodes', 'DEC');
    const header = joined(ctx, 'Episodes', 'Header');
    const oldEnough = dobPlus(ctx, 'Header', years);
    const flagged = flagWhere(rowCount(ctx, 'Episodes'), (i) => {
      const start = at(decom, i);
      if (placement[i] !== place || start === null || at(dec, i) === null) return false;
      for (const h of header[i] ?? []) {
        const birthday = oldEnough[h];
        if (birthday !== null && birthday !== undefined && start < birthday) return true;
      }
      return false;
    });
    return { Episodes: flagged };
  };
}

/**
 * Episodes in temporary placement `place` that ended more than `maxDays` days after they started
 * (children with a known date of birth only: the sector's validator joins the Header first).
 */
export function temporaryTooLong(place: string, maxDays: number): (ctx: Context903) => Flags903 | undefined {
  return (ctx) => {
    if (!ctx.tables.Episodes || !ctx.tables.Header) return undefined;
    const placement = col(ctx, 'Episodes', 'PLACE');
    const decom = dayCol(ctx, 'Episodes', 'DECOM');
    const dec = dayCol(ctx, 'Episodes', 'DEC');
    const header = joined(ctx, 'Episodes', 'Header');
    const dob = dayCol(ctx, 'Header', 'DOB');
    const flagged = flagWhere(rowCount(ctx, 'Episodes'), (i) => {
      const start = at(decom, i);
      const end = at(dec, i);
      if (placement[i] !== place || start === null || end === null || end - start <= maxDays) return false;
      return (header[i] ?? []).some((h) => at(dob, h) !== null);
    });
    return { Episodes: flagged };
  };
}

/**
 * Spells of legal status `ls` lasting more than `maxDays` days. Consecutive episodes of a child (in
 * DECOM order) with that legal status form one spell when each starts on or before the day the
 * previous one ended; an open episode runs to the end of the collection year. Every episode of a
 * spell that is too long is flagged.
 */
export function legalStatusTooLong(ls: string, maxDays: number): (ctx: Context903) => Flags903 | undefined {
  return (ctx) => {
    if (!ctx.tables.Episodes) return undefined;
    const status = col(ctx, 'Episodes', 'LS');
    const decCells = col(ctx, 'Episodes', 'DEC');
    const decom = dayCol(ctx, 'Episodes', 'DECOM');
    const dec = dayCol(ctx, 'Episodes', 'DEC');
    const yearEnd = ctx.meta.collectionEnd;
    const flagged: number[] = [];
    // A spell is a run of consecutive entries of the child's DECOM order, so it is kept as where it
    // begins (`from`) and how many episodes it has (`size`): no array or closure per child, which on
    // a 100,000-child return was most of what these four rules allocated.
    for (const order of episodesInOrder(ctx).values()) {
      let from = 0;
      let size = 0;
      let first = 0;
      let last = 0;
      for (let k = 0; k <= order.length; k++) {
        const i = k < order.length ? (order[k] as number) : -1;
        const start = i < 0 ? null : at(decom, i);
        // An end date that is given but is not a date leaves the episode unmeasured.
        const stop = i < 0 ? null : present(decCells[i]) ? at(dec, i) : yearEnd;
        const inSpell = i >= 0 && status[i] === ls && start !== null && stop !== null;
        if (inSpell && size > 0 && (start as number) <= last) {
          size++;
          last = Math.max(last, stop as number);
          first = Math.min(first, start as number);
          continue;
        }
        // The spell so far (if any) has ended: flag it when too long.
        if (size > 0 && last - first > maxDays) {
          for (let m = from; m < from + size; m++) flagged.push(order[m] as number);
        }
        size = 0;
        if (inSpell) {
          from = k;
          size = 1;
          first = start as number;
          last = stop as number;
        }
      }
    }
    return { Episodes: positions(flagged) };
  };
}
