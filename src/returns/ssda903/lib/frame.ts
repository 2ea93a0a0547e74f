/**
 * The derived data every SSDA903 rule shares, built lazily and at most once per run (through `memo`):
 * - `cell`, `presentIn`: a row object's cell with pandas semantics (an empty string is a value, only
 *   null/absent is missing), for tables built from rows (conformance cases, tests, the Ofsted lookup);
 * - `column`, `rowCount`: one column of one table as an array of raw cells, and its length; rules
 *   read cells as `column[i]` by row position rather than through row objects (see ColumnTable);
 * - `flagWhere`, `isIn`: the positions a predicate on a position holds for, and code-list membership;
 * - `days`: one DD/MM/YYYY column as day numbers (null when empty or not a date);
 * - `childIndex`: a table's row positions grouped by the exact CHILD text (the pandas merge key);
 * - `trimmedChildKeys`, `trimmedChildRows`: the same keyed by trimmed CHILD (blank left out), as the
 *   group-a and group-b rules join; on reader output (cells already trimmed) these are the exact ones;
 * - `episodeRank`: each episode's place in DECOM order (undated last, ties in row order);
 * - `orderedEpisodesByChild`: each child's episodes in that order.
 *
 * The rules were written by four groups that each memoised these under their own keys, so a run built
 * the same arrays up to four times; the group helpers (`shared-a.ts` ... `shared-d.ts`) now read them
 * from here. Arrays are built with plain loops (not `map` over rows) because on a 100,000-child
 * return every pass over 250,000 episode rows counts.
 */
import type { DayNumber } from '../../../core/day.ts';
import { dmy } from '../../common/dates.ts';
import {
  type Cell,
  ColumnTable,
  columnCells,
  type Row,
  rowCount as tableRowCount,
} from '../../common/table.ts';
import { type Context903, memo } from '../rule.ts';
import type { TableName903 } from '../tables.ts';

export type Column = readonly Cell[];
export type Days = readonly (DayNumber | null)[];

const NO_CELLS: Column = [];
const NO_DAYS: Days = [];

/** The raw cell as given (an empty string stays a string), null when null or the column is absent. */
export function cell(row: Row | undefined, col: string): Cell {
  const v = row?.[col];
  return v === undefined ? null : v;
}

/** pandas `notna` on a row's cell: anything but null/absent, including an empty string. */
export function presentIn(row: Row | undefined, col: string): boolean {
  return cell(row, col) !== null;
}

/**
 * One column of one table (raw cells, null when absent or the column is not in the table). The
 * reader's tables hold their columns already (no copy); a table built from row objects (tests,
 * conformance cases) has the column gathered once per run.
 */
export function column(ctx: Context903, table: TableName903, name: string): Column {
  const t = ctx.tables[table];
  if (!t) return NO_CELLS;
  if (t instanceof ColumnTable) {
    const cells = t.cells(name);
    if (cells) return cells;
  }
  // Gathered (or, for a column the table lacks, made of nulls) once per run.
  return memo(ctx, `f:col:${table}:${name}`, () => columnCells(t, name));
}

/**
 * Groups of row positions built with `push` keep room to grow (an array of 2 positions holds 17 slots);
 * with 100,000 children per table that spare room is ~12 MB a table. Copy each grown group to its
 * exact size once it is complete.
 */
export function shrinkGroups(groups: Map<unknown, number[]> | (number[] | undefined)[]): void {
  if (Array.isArray(groups)) {
    for (let k = 0; k < groups.length; k++) {
      const list = groups[k];
      if (list && list.length > 1) groups[k] = list.slice();
    }
    return;
  }
  for (const [k, list] of groups) if (list.length > 1) groups.set(k, list.slice());
}

/** Number of rows of a table (0 when it was not supplied). */
export function rowCount(ctx: Context903, table: TableName903): number {
  const t = ctx.tables[table];
  return t ? tableRowCount(t) : 0;
}

/** Positions 0..n-1 for which `pred` holds. */
export function flagWhere(n: number, pred: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (pred(i)) out.push(i);
  return out;
}

/** Whether a cell is one of the codes (exact comparison; null is in no list). */
export function isIn(v: Cell | undefined, codes: ReadonlySet<string>): boolean {
  return v !== null && v !== undefined && codes.has(v);
}

/** Day numbers (or null) of one DD/MM/YYYY column of one table, parsed once per run. */
export function days(ctx: Context903, table: TableName903, name: string): Days {
  if (!ctx.tables[table]) return NO_DAYS;
  return memo(ctx, `f:days:${table}:${name}`, () => {
    const cells = column(ctx, table, name);
    const out: (DayNumber | null)[] = new Array(cells.length);
    for (let i = 0; i < cells.length; i++) out[i] = dmy(cells[i]);
    return out;
  });
}

export interface ChildIndex {
  /** Row positions (in row order) by exact CHILD text; rows without a CHILD are left out. */
  readonly byChild: ReadonlyMap<string, number[]>;
  /** Whether some row has no CHILD. */
  readonly missing: boolean;
  /** Whether every CHILD given is already trimmed and not blank (as the reader leaves them). */
  readonly clean: boolean;
}

const EMPTY_INDEX: ChildIndex = { byChild: new Map(), missing: false, clean: true };

/** A table's row positions grouped by the exact CHILD text, once per run. */
export function childIndex(ctx: Context903, table: TableName903): ChildIndex {
  if (!ctx.tables[table]) return EMPTY_INDEX;
  return memo(ctx, `f:child:${table}`, () => {
    const keys = column(ctx, table, 'CHILD');
    const byChild = new Map<string, number[]>();
    let missing = false;
    let clean = true;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === null || k === undefined) {
        missing = true;
        continue;
      }
      const list = byChild.get(k);
      if (list) list.push(i);
      else {
        if (clean && (k === '' || k.trim() !== k)) clean = false;
        byChild.set(k, [i]);
      }
    }
    shrinkGroups(byChild);
    return { byChild, missing, clean };
  });
}

/** Each row's CHILD trimmed (null when missing or blank): the key group-a and group-b rules join by. */
export function trimmedChildKeys(ctx: Context903, table: TableName903): Column {
  if (!ctx.tables[table]) return NO_CELLS;
  // Already-trimmed keys are their own trimmed form: share the column rather than copy it.
  if (childIndex(ctx, table).clean) return column(ctx, table, 'CHILD');
  return memo(ctx, `f:childTrimmed:${table}`, () =>
    column(ctx, table, 'CHILD').map((v) => {
      if (v === null) return null;
      const t = v.trim();
      return t === '' ? null : t;
    }),
  );
}

/** Row positions grouped by trimmed CHILD (blank left out), in order of first appearance. */
export function trimmedChildRows(ctx: Context903, table: TableName903): ReadonlyMap<string, number[]> {
  if (!ctx.tables[table]) return EMPTY_INDEX.byChild;
  const exact = childIndex(ctx, table);
  if (exact.clean) return exact.byChild;
  return memo(ctx, `f:childTrimmedRows:${table}`, () => {
    const out = groupRows(trimmedChildKeys(ctx, table));
    shrinkGroups(out);
    return out;
  });
}

/**
 * Row positions grouped by a column of keys (a CHILD column), in order of first appearance; rows
 * with no key are left out, and so are keys `keep` refuses (for rules that need a few children's rows).
 */
export function groupRows(keys: Column, keep?: (key: string) => boolean): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] ?? null;
    if (k === null || (keep !== undefined && !keep(k))) continue;
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  }
  return out;
}

const ROW_BITS = 2 ** 23;
const UNDATED = 2 ** 29;

/**
 * Episode positions in DECOM order over the whole table (undated last, equal dates in row order, as a
 * stable pandas sort gives): one numeric sort of (DECOM, position) keys.
 */
export function episodeOrder(ctx: Context903): Int32Array {
  const eps = ctx.tables.Episodes;
  if (!eps) return new Int32Array(0);
  return memo(ctx, 'f:episodeOrder', () => {
    const n = rowCount(ctx, 'Episodes');
    if (n >= ROW_BITS) throw new RangeError('too many episodes to order');
    const decom = days(ctx, 'Episodes', 'DECOM');
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const d = decom[i] ?? null;
      // Day numbers are offset to be positive; undated episodes sort after every dated one.
      keys[i] = (d === null ? UNDATED : d + 2 ** 20) * ROW_BITS + i;
    }
    keys.sort();
    const order = new Int32Array(n);
    for (let r = 0; r < n; r++) order[r] = (keys[r] as number) % ROW_BITS;
    return order;
  });
}

/** Each episode's rank in `episodeOrder`: comparing ranks compares (DECOM, position). */
export function episodeRank(ctx: Context903): Int32Array {
  return memo(ctx, 'f:episodeRank', () => {
    const order = episodeOrder(ctx);
    const rank = new Int32Array(order.length);
    for (let r = 0; r < order.length; r++) rank[order[r] as number] = r;
    return rank;
  });
}

const NO_GROUPS: ReadonlyMap<string, readonly number[]> = new Map();

/**
 * Each child's episode positions in DECOM order (keyed by trimmed CHILD, as `trimmedChildRows`):
 * missing or unparseable DECOM last, equal dates in row order (a stable sort, as pandas sorts by
 * CHILD then DECOM). A child with one episode shares its group with `trimmedChildRows`.
 */
export function orderedEpisodesByChild(ctx: Context903): ReadonlyMap<string, readonly number[]> {
  if (!ctx.tables.Episodes) return NO_GROUPS;
  return memo(ctx, 'f:episodesInOrder', () => {
    // Ranks in the whole table's (DECOM, position) order: sorting a child's rows by rank is the
    // stable DECOM sort, with integer comparisons only.
    const rank = episodeRank(ctx);
    const out = new Map<string, readonly number[]>();
    trimmedChildRows(ctx, 'Episodes').forEach((rows, child) => {
      if (rows.length === 1) {
        out.set(child, rows);
        return;
      }
      // Insertion sort: children have a handful of episodes.
      const sorted = rows.slice();
      for (let a = 1; a < sorted.length; a++) {
        const v = sorted[a] as number;
        const kv = rank[v] as number;
        let b = a - 1;
        while (b >= 0 && (rank[sorted[b] as number] as number) > kv) {
          sorted[b + 1] = sorted[b] as number;
          b--;
        }
        sorted[b + 1] = v;
      }
      out.set(child, sorted);
    });
    return out;
  });
}
