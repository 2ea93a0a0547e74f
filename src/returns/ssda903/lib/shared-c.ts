/**
 * Helpers shared by the group-c SSDA903 rules (444-624). Provides:
 * - `sameText`: the equality pandas `astype(str)` comparisons give (two nulls are equal);
 * - `sameDate`: two date cells that hold the same date (same text, or the same parsed day);
 * - `dayCol`: memoised DD/MM/YYYY day numbers for one column of one table;
 * - `childOf`, `rowsByChild`, `rowsOf`: children numbered once per run (shared by every table),
 *   each row's child number, and a table's row positions per child number, so that joins on CHILD
 *   are array look-ups rather than string hashing;
 * - `earliest` / `latest`: the position holding the earliest / latest date among some positions
 *   (undated rows ignored, the first such row wins a tie), as pandas `idxmin` / `idxmax` pick them;
 * - `yearBoundary`: per child in both returns, the first episode of this year and the last episode
 *   of last year (by DECOM), which the 452, 453 and 503 family rules compare;
 * - `episodesInOrder`: memoised episode positions per child number sorted by DECOM (undated last,
 *   ties in row order);
 * - `periodsOfCare`: a child's periods of care by child number (consecutive dated episodes, a new
 *   period starting when DECOM is after the previous episode's DEC), with start and end (the last
 *   episode's DEC, null while open), worked out when asked for;
 * - `continuouslyLookedAfter`: memoised flags (by child number) of children looked after
 *   continuously for 12 months at 31 March (the DfE <CONTINUOUSLY_LOOKED_AFTER> derivation);
 * - `differsFromLastYear`: the body of the 503 family (first episode this year disagrees with last
 *   year's still-open last episode on one field);
 * - `ordersWithoutDecision`: the body of 553/555 (an order episode without a PlacedAdoption record,
 *   or an open one whose record shows the decision as ceased).
 */
import type { DayNumber } from '../../../core/day.ts';
import { dmy } from '../../common/dates.ts';
import type { Cell } from '../../common/table.ts';
import { type Context903, type Flags903, memo } from '../rule.ts';
import type { TableName903 } from '../tables.ts';
import {
  childIndex,
  column,
  days,
  episodeOrder,
  isIn,
  orderedEpisodesByChild,
  rowCount,
  shrinkGroups,
} from './frame.ts';

export const V3_V4: ReadonlySet<string> = new Set(['V3', 'V4']);
export const PLACED_FOR_ADOPTION: ReadonlySet<string> = new Set(['A3', 'A4', 'A5', 'A6']);
export const ADOPTED: ReadonlySet<string> = new Set(['E11', 'E12']);

/** Equality as `a.astype(str) == b.astype(str)` gives it: exact text, and two nulls are equal. */
export function sameText(a: Cell, b: Cell): boolean {
  return a === b;
}

/** Both cells given and holding the same date: the same text, or texts parsing to the same day. */
export function sameDate(a: Cell, b: Cell): boolean {
  if (a === null || b === null) return false;
  if (a === b) return true;
  const da = dmy(a);
  return da !== null && da === dmy(b);
}

/** Day numbers (or null) of one date column of one table, parsed once per run (see frame.ts). */
export function dayCol(ctx: Context903, table: TableName903, col: string): readonly (DayNumber | null)[] {
  return days(ctx, table, col);
}

/** Row positions per child number; an entry is missing when the child has no row in the table. */
export type ByChild = readonly (readonly number[] | undefined)[];

const NONE: readonly number[] = [];
const NO_CHILDREN = new Int32Array(0);

/** Numbers for CHILD ids, shared by every table in the run. */
function childIds(ctx: Context903): Map<string, number> {
  return memo(ctx, 'c:childIds', () => new Map<string, number>());
}

/** Each row's child number in one table: -1 when CHILD is blank (or the table is absent). */
export function childOf(ctx: Context903, table: TableName903): Int32Array {
  const t = ctx.tables[table];
  if (!t) return NO_CHILDREN;
  return memo(ctx, `c:childOf:${table}`, () => {
    // From frame.ts's groups (in order of first appearance, as a pass over the rows would number
    // them): one look-up per child rather than per row.
    const ids = childIds(ctx);
    const out = new Int32Array(rowCount(ctx, table)).fill(-1);
    for (const [k, rows] of childIndex(ctx, table).byChild) {
      const id = numberOf(ids, k);
      for (const i of rows) out[i] = id;
    }
    return out;
  });
}

/** A CHILD id's number, given the next one the first time the id is seen. */
function numberOf(ids: Map<string, number>, child: string): number {
  let id = ids.get(child);
  if (id === undefined) {
    id = ids.size;
    ids.set(child, id);
  }
  return id;
}

/** Groups keyed by CHILD text (frame.ts's), indexed by child number instead: the same arrays, not copies. */
function byChildNumber(
  ctx: Context903,
  groups: ReadonlyMap<string, readonly number[]>,
): (readonly number[])[] {
  const ids = childIds(ctx);
  const out: (readonly number[])[] = [];
  for (const [k, rows] of groups) out[numberOf(ids, k)] = rows;
  return out;
}

/**
 * A table's row positions per child number (in row order); rows without a CHILD are left out. The
 * groups are frame.ts's (`childIndex`, by CHILD text), indexed by child number, not built again.
 */
export function rowsByChild(ctx: Context903, table: TableName903): ByChild {
  if (!ctx.tables[table]) return [];
  return memo(ctx, `c:byChild:${table}`, () => byChildNumber(ctx, childIndex(ctx, table).byChild));
}

/** Positions (all, or in the given order) dealt out per child number. */
function groupByChild(of: Int32Array, order: ArrayLike<number> | null): number[][] {
  const out: number[][] = [];
  const n = order ? order.length : of.length;
  for (let r = 0; r < n; r++) {
    const i = order ? (order[r] as number) : r;
    const k = of[i] as number;
    if (k < 0) continue;
    const list = out[k];
    if (list) list.push(i);
    else out[k] = [i];
  }
  shrinkGroups(out);
  return out;
}

/** The positions of one child's rows (none for child number -1 or a child absent from the table). */
export function rowsOf(by: ByChild, child: number | undefined): readonly number[] {
  return child === undefined || child < 0 ? NONE : (by[child] ?? NONE);
}

/** The position with the earliest date (undated ignored, first wins a tie), or null. */
export function earliest(positions: readonly number[], days: readonly (DayNumber | null)[]): number | null {
  let best: number | null = null;
  let bestDay = Number.POSITIVE_INFINITY;
  for (const i of positions) {
    const d = days[i] ?? null;
    if (d !== null && d < bestDay) {
      best = i;
      bestDay = d;
    }
  }
  return best;
}

/** The position with the latest date (undated ignored, first wins a tie), or null. */
export function latest(positions: readonly number[], days: readonly (DayNumber | null)[]): number | null {
  let best: number | null = null;
  let bestDay = Number.NEGATIVE_INFINITY;
  for (const i of positions) {
    const d = days[i] ?? null;
    if (d !== null && d > bestDay) {
      best = i;
      bestDay = d;
    }
  }
  return best;
}

/**
 * Per child found in both returns, this year's first episode and last year's last one: entry k of
 * `first` and of `last` (two arrays rather than an object per child: ~90,000 children at 100k).
 */
export interface YearBoundaries {
  readonly size: number;
  readonly first: Int32Array;
  readonly last: Int32Array;
}

/**
 * Per child with a dated episode in both Episodes and Episodes_last: the position of the first
 * episode this year (earliest DECOM) and of the last episode last year (latest DECOM).
 */
export function yearBoundary(ctx: Context903): YearBoundaries {
  return memo(ctx, 'c:yearBoundary', () => {
    const decom = dayCol(ctx, 'Episodes', 'DECOM');
    const decomLast = dayCol(ctx, 'Episodes_last', 'DECOM');
    const byChild = rowsByChild(ctx, 'Episodes');
    const lastByChild = rowsByChild(ctx, 'Episodes_last');
    const firsts: number[] = [];
    const lasts: number[] = [];
    byChild.forEach((positions, child) => {
      const lastPositions = lastByChild[child];
      if (!positions || !lastPositions) return;
      const first = earliest(positions, decom);
      const last = latest(lastPositions, decomLast);
      if (first !== null && last !== null) {
        firsts.push(first);
        lasts.push(last);
      }
    });
    return { size: firsts.length, first: Int32Array.from(firsts), last: Int32Array.from(lasts) };
  });
}

/**
 * Episode positions per child number sorted by DECOM (undated last, ties in row order). On the
 * reader's tables (CHILD already trimmed) these are frame.ts's groups, indexed by child number.
 */
export function episodesInOrder(ctx: Context903): ByChild {
  if (!ctx.tables.Episodes) return [];
  return memo(ctx, 'c:episodesInOrder', () => {
    if (!childIndex(ctx, 'Episodes').clean) return groupByChild(childOf(ctx, 'Episodes'), episodeOrder(ctx));
    return byChildNumber(ctx, orderedEpisodesByChild(ctx));
  });
}

export interface PeriodOfCare {
  readonly start: DayNumber;
  /** DEC of the period's last episode; null while it is open. */
  readonly end: DayNumber | null;
}

/**
 * A child's periods of care (by child number): dated episodes in DECOM order, a new period starting
 * whenever an episode starts after the previous one's DEC. The end is the last episode's DEC (null if
 * open). Worked out when asked for, not for every child at once: the rules that need them (577, 578)
 * ask only for the children with a missing episode, and 100,000 children's periods would hold ~20 MB.
 */
export function periodsOfCare(ctx: Context903): (child: number) => readonly PeriodOfCare[] | undefined {
  const decom = dayCol(ctx, 'Episodes', 'DECOM');
  const dec = dayCol(ctx, 'Episodes', 'DEC');
  const inOrder = episodesInOrder(ctx);
  return (child) => {
    const ordered = child < 0 ? undefined : inOrder[child];
    if (!ordered) return undefined;
    const periods: PeriodOfCare[] = [];
    let start: DayNumber | null = null;
    let end: DayNumber | null = null;
    for (const i of ordered) {
      const s = decom[i] ?? null;
      if (s === null) break; // undated episodes sort last and take no part
      const e = dec[i] ?? null;
      if (start === null) {
        start = s;
      } else if (end !== null && s > end) {
        periods.push({ start, end });
        start = s;
      }
      end = e;
    }
    if (start !== null) periods.push({ start, end });
    return periods;
  };
}

/**
 * Children looked after continuously for 12 months at 31 March, as 1 at their child number: at
 * least one episode open during the year, and no episode that starts care in the year (RNE 'S'
 * after 1 April), ends care in the year (REC not 'X1', ceased before 31 March) or is a short break
 * (LS V3/V4) during the year. Index it with `childOf(ctx, table)[i]`.
 */
export function continuouslyLookedAfter(ctx: Context903): Uint8Array {
  return memo(ctx, 'c:cla', () => {
    const eps = ctx.tables.Episodes;
    if (!eps) return new Uint8Array(0);
    const { collectionStart: start, collectionEnd: end } = ctx.meta;
    const decom = dayCol(ctx, 'Episodes', 'DECOM');
    const dec = dayCol(ctx, 'Episodes', 'DEC');
    const rne = column(ctx, 'Episodes', 'RNE');
    const rec = column(ctx, 'Episodes', 'REC');
    const ls = column(ctx, 'Episodes', 'LS');
    const byChild = rowsByChild(ctx, 'Episodes');
    const out = new Uint8Array(byChild.length);
    byChild.forEach((positions, child) => {
      if (!positions) return;
      let inCare = false;
      for (const i of positions) {
        const s = decom[i] ?? null;
        const e = dec[i] ?? null;
        const during = s !== null && s <= end && (e === null || e >= start);
        if (during) inCare = true;
        const enters = rne[i] === 'S' && s !== null && s > start && s <= end;
        const leaves = rec[i] !== 'X1' && e !== null && e >= start && e < end;
        if (enters || leaves || (during && isIn(ls[i], V3_V4))) return;
      }
      if (inCare) out[child] = 1;
    });
    return out;
  });
}

/**
 * The 503 family: this year's first episode whose `field` differs (as text; two blanks agree) from
 * the same child's last episode of last year, when that episode had no (valid) DEC. `allowed`
 * exempts a change from last year's value to this year's one (e.g. a code that was split).
 */
export function differsFromLastYear(
  ctx: Context903,
  field: string,
  allowed?: (last: Cell, now: Cell) => boolean,
): Flags903 | undefined {
  const eps = ctx.tables.Episodes;
  const epsLast = ctx.tables.Episodes_last;
  if (!eps || !epsLast) return undefined;
  const decLast = dayCol(ctx, 'Episodes_last', 'DEC');
  const values = column(ctx, 'Episodes', field);
  const valuesLast = column(ctx, 'Episodes_last', field);
  const flagged: number[] = [];
  const boundary = yearBoundary(ctx);
  for (let k = 0; k < boundary.size; k++) {
    const first = boundary.first[k] as number;
    const last = boundary.last[k] as number;
    if ((decLast[last] ?? null) !== null) continue;
    const now = values[first] ?? null;
    const before = valuesLast[last] ?? null;
    if (sameText(now, before)) continue;
    if (allowed?.(before, now)) continue;
    flagged.push(first);
  }
  return { Episodes: flagged.sort((a, b) => a - b) };
}

/**
 * 553/555: episodes with legal status `ls` (E1 placement order, D1 freeing order) whose child has no
 * PlacedAdoption record; and, while such an episode is open, the child's PlacedAdoption records
 * that nevertheless give DATE_PLACED_CEASED or REASON_PLACED_CEASED.
 */
export function ordersWithoutDecision(ctx: Context903, ls: string): Flags903 | undefined {
  const { Episodes: eps, PlacedAdoption: pa } = ctx.tables;
  if (!eps || !pa) return undefined;
  const childOfEpisode = childOf(ctx, 'Episodes');
  const paByChild = rowsByChild(ctx, 'PlacedAdoption');
  const legalStatus = column(ctx, 'Episodes', 'LS');
  const dec = column(ctx, 'Episodes', 'DEC');
  const dateCeased = column(ctx, 'PlacedAdoption', 'DATE_PLACED_CEASED');
  const reasonCeased = column(ctx, 'PlacedAdoption', 'REASON_PLACED_CEASED');
  const episodes: number[] = [];
  const decisions = new Set<number>();
  const n = rowCount(ctx, 'Episodes');
  for (let i = 0; i < n; i++) {
    if (legalStatus[i] !== ls) continue;
    const records = rowsOf(paByChild, childOfEpisode[i]);
    if (records.length === 0) {
      episodes.push(i);
      continue;
    }
    if ((dec[i] ?? null) !== null) continue;
    for (const j of records) {
      if ((dateCeased[j] ?? null) !== null || (reasonCeased[j] ?? null) !== null) decisions.add(j);
    }
  }
  return { Episodes: episodes, PlacedAdoption: [...decisions].sort((a, b) => a - b) };
}
