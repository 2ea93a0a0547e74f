/**
 * Helpers shared by the group-a SSDA903 rules (101-224). Provides:
 * - `cell`, `present`: a row object's cell and whether it holds anything (an empty string is a value),
 *   for the Ofsted provider lookup, which is not a 903 table; the 903 tables are read as columns
 *   (frame.ts: `column`, `flagWhere`, `isIn`, `trimmedChildKeys`), never as row objects;
 * - `dayCol`: memoised DD/MM/YYYY day numbers for one column of one table;
 * - `childRows`: memoised row positions of one table grouped by CHILD;
 * - `continuouslyLookedAfter`: memoised set of children looked after continuously for 12 months at
 *   31 March (the DfE <LOOKED_AFTER_CONTINUOUSLY> derivation used by the OC2 rules);
 * - `invalidCode`, `invalidDate`: rule bodies for the plain code-list and date-format checks;
 * - `uascFlags`, `judgeUascYears`: each child's UASC flag for a year (Header, or derived from UASC when
 *   no Header is supplied: '1' when any column but CHILD and DOB holds a value) and the
 *   this-year/last-year UASC comparison walk the 205A-C rules share;
 * - `providersByUrn`, `codeSet`: the Ofsted provider lookup indexed by URN, and its code lists.
 */
import type { DayNumber } from '../../../core/day.ts';
import type { Cell, Row, Table } from '../../common/table.ts';
import { type Context903, type Flags903, memo } from '../rule.ts';
import type { TableName903 } from '../tables.ts';
import {
  column,
  days,
  flagWhere,
  cell as frameCell,
  isIn,
  presentIn,
  rowCount,
  trimmedChildKeys,
  trimmedChildRows,
} from './frame.ts';

export const cell = frameCell;
export const present = presentIn;

/** Day numbers (or null) of one date column of one table, parsed once per run (see frame.ts). */
export function dayCol(ctx: Context903, table: TableName903, col: string): readonly (DayNumber | null)[] {
  return days(ctx, table, col);
}

/** Row positions of one table grouped by (trimmed) CHILD; rows without a CHILD are left out. */
export function childRows(ctx: Context903, table: TableName903): ReadonlyMap<string, number[]> {
  return trimmedChildRows(ctx, table);
}

const V3_V4 = new Set(['V3', 'V4']);

/**
 * Children looked after continuously for 12 months at 31 March: at least one episode open during
 * the year, and no episode that starts care in the year (RNE 'S' after 1 April), ends care in the
 * year (REC not 'X1', ceased before 31 March) or is a short break (LS V3/V4) during the year.
 */
export function continuouslyLookedAfter(ctx: Context903): ReadonlySet<string> {
  return memo(ctx, 'a:cla', () => {
    const out = new Set<string>();
    if (!ctx.tables.Episodes) return out;
    const { collectionStart: start, collectionEnd: end } = ctx.meta;
    const decom = dayCol(ctx, 'Episodes', 'DECOM');
    const dec = dayCol(ctx, 'Episodes', 'DEC');
    const rne = column(ctx, 'Episodes', 'RNE');
    const rec = column(ctx, 'Episodes', 'REC');
    const ls = column(ctx, 'Episodes', 'LS');
    childRows(ctx, 'Episodes').forEach((positions, child) => {
      let inCare = false;
      let broken = false;
      for (const i of positions) {
        const s = decom[i] ?? null;
        const e = dec[i] ?? null;
        const during = s !== null && s <= end && (e === null || e >= start);
        if (during) inCare = true;
        const enters = rne[i] === 'S' && s !== null && s > start && s <= end;
        const leaves = rec[i] !== 'X1' && e !== null && e >= start && e < end;
        const shortBreak = during && isIn(ls[i], V3_V4);
        if (enters || leaves || shortBreak) broken = true;
      }
      if (inCare && !broken) out.add(child);
    });
    return out;
  });
}

/**
 * A rule body that flags rows whose `col` is not one of `codes` (exact comparison). With
 * `allowMissing`, a null cell passes; an empty string never does (pandas `notna`).
 */
export function invalidCode(
  table: TableName903,
  col: string,
  codes: readonly string[],
  allowMissing: boolean,
): (ctx: Context903) => Flags903 | undefined {
  const set = new Set(codes);
  return (ctx) => {
    if (!ctx.tables[table]) return undefined;
    const cells = column(ctx, table, col);
    const out: Flags903 = {};
    out[table] = flagWhere(rowCount(ctx, table), (i) => {
      const v = cells[i] ?? null;
      return v === null ? !allowMissing : !set.has(v);
    });
    return out;
  };
}

/** A rule body flagging rows whose `col` is not a real DD/MM/YYYY date (null passes with `allowMissing`). */
export function invalidDate(
  table: TableName903,
  col: string,
  allowMissing: boolean,
): (ctx: Context903) => Flags903 | undefined {
  return (ctx) => {
    if (!ctx.tables[table]) return undefined;
    const days = dayCol(ctx, table, col);
    const cells = column(ctx, table, col);
    const out: Flags903 = {};
    out[table] = flagWhere(
      rowCount(ctx, table),
      (i) => (days[i] ?? null) === null && (!allowMissing || (cells[i] ?? null) !== null),
    );
    return out;
  };
}

/** One child's UASC flag from a Header table (or as derived from a UASC table). */
export interface UascFlag {
  readonly uasc: Cell;
  /** Position of the row the flag comes from: in the Header table, or in the UASC table when derived. */
  readonly pos: number;
}

export interface UascFlags {
  /** Whether the flags come from a supplied Header table (so Header rows can be reported). */
  readonly fromHeader: boolean;
  /** The table the flags are read from (Header, or the UASC table they are derived from). */
  readonly table: Table;
  /** The flag of the row at `pos` of `table`. */
  flagAt(pos: number): Cell;
  /** The flags recorded for a child (empty when the child has no row). */
  flagsOf(child: string): readonly UascFlag[];
}

/**
 * The UASC flag per child for one year, as the 205 rules read it: the Header table's UASC column
 * when a Header is supplied (undefined when it has no UASC column), else derived from the UASC
 * table (any column but CHILD and DOB given), else undefined. Flags are read on demand, so only the
 * children a rule asks about cost anything.
 */
export function uascFlags(
  ctx: Context903,
  headerName: 'Header' | 'Header_last',
  uascName: 'UASC' | 'UASC_last',
): UascFlags | undefined {
  const header = ctx.tables[headerName];
  const uasc = ctx.tables[uascName];
  let table: Table;
  let name: TableName903;
  let flagAt: (pos: number) => Cell;
  if (header) {
    if (!header.columns.includes('UASC')) return undefined;
    table = header;
    name = headerName;
    const flags = column(ctx, headerName, 'UASC');
    flagAt = (pos) => flags[pos] ?? null;
  } else if (uasc) {
    table = uasc;
    name = uascName;
    // As `uascLikeAt`: '1' when any column but CHILD and DOB holds a value.
    const status = uasc.columns
      .filter((c) => c !== 'CHILD' && c !== 'DOB')
      .map((c) => column(ctx, uascName, c));
    flagAt = (pos) => (status.some((cells) => (cells[pos] ?? null) !== null) ? '1' : '0');
  } else {
    return undefined;
  }
  const byChild = childRows(ctx, name);
  return {
    fromHeader: table === header,
    table,
    flagAt,
    flagsOf: (child) => (byChild.get(child) ?? []).map((pos) => ({ uasc: flagAt(pos), pos })),
  };
}

/** Stands in for a missing row in a left join. */
const NO_FLAG: readonly UascFlag[] = [{ uasc: null, pos: -1 }];

/** One child's UASC status and dates this year and last year. */
export interface UascPair {
  readonly uasc: string | null;
  readonly uascLast: string | null;
  /** Whether this year's DUC cell holds anything (even an unreadable date). */
  readonly ducGiven: boolean;
  readonly duc: number | null;
  readonly dob: number | null;
  readonly ducLast: number | null;
  readonly dobLast: number | null;
}

/**
 * Walks this year's UASC rows joined (as left joins on CHILD) to the child's UASC flag this year,
 * last year's UASC rows and last year's flag, and reports the rows for which `wrong` holds: the
 * UASC row, and the Header row when a Header was supplied. Undefined when a table is missing.
 */
export function judgeUascYears(ctx: Context903, wrong: (pair: UascPair) => boolean): Flags903 | undefined {
  if (!ctx.tables.UASC || !ctx.tables.UASC_last) return undefined;
  const now = uascFlags(ctx, 'Header', 'UASC');
  const before = uascFlags(ctx, 'Header_last', 'UASC_last');
  if (!now || !before) return undefined;
  const duc = dayCol(ctx, 'UASC', 'DUC');
  const dob = dayCol(ctx, 'UASC', 'DOB');
  const ducLast = dayCol(ctx, 'UASC_last', 'DUC');
  const dobLast = dayCol(ctx, 'UASC_last', 'DOB');
  const ducCells = column(ctx, 'UASC', 'DUC');
  const children = trimmedChildKeys(ctx, 'UASC');
  const lastByChild = childRows(ctx, 'UASC_last');
  const uascOut = new Set<number>();
  const headerOut = new Set<number>();
  const n = rowCount(ctx, 'UASC');
  for (let i = 0; i < n; i++) {
    const child = children[i] ?? null;
    if (child === null) continue;
    const found = now.flagsOf(child);
    const flags = found.length > 0 ? found : NO_FLAG;
    const lastRows: readonly (number | null)[] = lastByChild.get(child) ?? [null];
    for (const flag of flags) {
      for (const j of lastRows) {
        const lastFound = j === null ? [] : before.flagsOf(child);
        const lastFlags = lastFound.length > 0 ? lastFound : NO_FLAG;
        for (const lastFlag of lastFlags) {
          const pair: UascPair = {
            uasc: flag.uasc,
            uascLast: lastFlag.uasc,
            ducGiven: (ducCells[i] ?? null) !== null,
            duc: duc[i] ?? null,
            dob: dob[i] ?? null,
            ducLast: j === null ? null : (ducLast[j] ?? null),
            dobLast: j === null ? null : (dobLast[j] ?? null),
          };
          if (!wrong(pair)) continue;
          uascOut.add(i);
          if (now.fromHeader && flag.pos >= 0) headerOut.add(flag.pos);
        }
      }
    }
  }
  const out: Flags903 = { UASC: [...uascOut].sort((a, b) => a - b) };
  if (now.fromHeader) out.Header = [...headerOut].sort((a, b) => a - b);
  return out;
}

/** Ofsted provider lookup rows by URN (from `ctx.meta.providerInfo`), or undefined when not supplied. */
export function providersByUrn(ctx: Context903): ReadonlyMap<string, readonly Row[]> | undefined {
  const info = ctx.meta.providerInfo;
  if (!info) return undefined;
  return memo(ctx, 'a:providers', () => {
    const out = new Map<string, Row[]>();
    for (const row of info.rows) {
      const urn = cell(row, 'URN')?.trim();
      if (!urn) continue;
      const list = out.get(urn);
      if (list) list.push(row);
      else out.set(urn, [row]);
    }
    return out;
  });
}

const codeSets = new Map<string, ReadonlySet<string>>();

/** The codes of a comma-separated list such as the Ofsted lookup's PLACE_CODES, cached by text. */
export function codeSet(list: string): ReadonlySet<string> {
  let set = codeSets.get(list);
  if (!set) {
    if (codeSets.size > 10_000) codeSets.clear();
    set = new Set(list.split(','));
    codeSets.set(list, set);
  }
  return set;
}

// Position-based forms of the row helpers above, for rules reading columns (see frame.ts).
