/**
 * Shared helpers for the CIN census rules of group b: columns read once per validation run (text,
 * dates, assessment factors, join keys on LAchildID + CINdetailsID (+ CPPID)), yes/no flags,
 * de-duplicated locations, and dates that fall inside another record's interval (overlap rules).
 */
import { type DayNumber, isoToDay, weekday } from '../../../core/day.ts';
import { ymd } from '../../common/dates.ts';
import {
  type CinRow,
  type ContextCin,
  type LocationCin,
  type MetaCin,
  memo,
  type ResultCin,
} from '../rule.ts';
import type { TableNameCin } from '../tables.ts';

/** A cell as trimmed text, or null when absent, empty or a list (only AssessmentFactors is a list). */
function cell(row: CinRow, field: string): string | null {
  const v = row[field];
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' ? null : t;
}

/** The XSD yes/no type (ReferralNFA, ICPCnotRequired) allows true/false/1/0; true means yes. */
export function isYes(v: string | null | undefined): boolean {
  if (v === null || v === undefined) return false;
  const t = v.toLowerCase();
  return t === 'true' || t === '1';
}

/** An explicit "no" (false or 0); a missing or unrecognised value is neither yes nor no. */
export function isNo(v: string | null | undefined): boolean {
  if (v === null || v === undefined) return false;
  const t = v.toLowerCase();
  return t === 'false' || t === '0';
}

/**
 * The assessment factor codes on an Assessments row, trimmed, empties dropped. The ingress gives a
 * list per assessment; a plain string (as in hand-made tables) is read as a single code.
 */
export function factorsOf(row: CinRow): string[] {
  const v = row.AssessmentFactors;
  if (v === null || v === undefined) return [];
  const list = typeof v === 'string' ? [v] : v;
  const out: string[] = [];
  for (const f of list) {
    const t = typeof f === 'string' ? f.trim() : '';
    if (t !== '') out.push(t);
  }
  return out;
}

/** True when the AssessmentFactors cell holds a list (the ingress shape) rather than one code per row. */
export function factorsAreList(row: CinRow): boolean {
  const v = row.AssessmentFactors;
  return v !== null && v !== undefined && typeof v !== 'string';
}

// Column caches. Reading `row[field]` with a variable field name is slow in a hot loop, and many
// rules read the same columns, so each column is read (and each date parsed) once per validation
// run and kept in the context's memo. An absent table gives an empty column.

/** A column as trimmed text (null when empty or absent), one entry per row. */
export function col(ctx: ContextCin, table: TableNameCin, field: string): readonly (string | null)[] {
  return memo(ctx, `b:text:${table}.${field}`, () => {
    const rows = ctx.tables[table]?.rows ?? [];
    const out = new Array<string | null>(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = cell(rows[i]!, field);
    return out;
  });
}

/** A date column as day numbers (null when missing or not a real YYYY-MM-DD date). */
export function dates(ctx: ContextCin, table: TableNameCin, field: string): readonly (DayNumber | null)[] {
  return memo(ctx, `b:date:${table}.${field}`, () => {
    const text = col(ctx, table, field);
    const out = new Array<DayNumber | null>(text.length);
    for (let i = 0; i < text.length; i++) out[i] = ymd(text[i]);
    return out;
  });
}

/** Assessments.AssessmentFactors as lists of codes (see factorsOf). */
export function factorCol(ctx: ContextCin): readonly string[][] {
  return memo(ctx, 'b:factors', () => (ctx.tables.Assessments?.rows ?? []).map(factorsOf));
}

export type KeyLevel = 'child' | 'episode' | 'plan';

/** Room for this many distinct CINdetailsID / CPPID values when packing two ids into one number. */
const SUB = 2 ** 21;

/** A dictionary giving each distinct key the next integer, kept in the memo for the whole run. */
function dictionary<K>(ctx: ContextCin, name: string): Map<K, number> {
  return memo(ctx, `b:dict:${name}`, () => new Map<K, number>());
}

function idOf<K>(dict: Map<K, number>, key: K): number {
  let id = dict.get(key);
  if (id === undefined) {
    id = dict.size;
    dict.set(key, id);
  }
  return id;
}

/**
 * Join ids per row: equal ids mean the same child (LAchildID), episode (+ CINdetailsID) or plan
 * (+ CPPID), in whichever table, because the dictionaries are shared by the whole validation run.
 * Missing IDs join with each other, as pandas merges null keys. Integer ids keep joins free of
 * string building and hashing in the rules' loops.
 */
export function ids(ctx: ContextCin, table: TableNameCin, level: KeyLevel): Int32Array {
  return memo(ctx, `b:ids:${table}.${level}`, () => {
    if (level === 'child') {
      const dict = dictionary<string>(ctx, 'child');
      const child = col(ctx, table, 'LAchildID');
      const out = new Int32Array(child.length);
      for (let i = 0; i < child.length; i++) out[i] = idOf(dict, child[i] ?? '');
      return out;
    }
    const parent = ids(ctx, table, level === 'episode' ? 'child' : 'episode');
    const own = col(ctx, table, level === 'episode' ? 'CINdetailsID' : 'CPPID');
    const values = dictionary<string>(ctx, `${level}-value`);
    const dict = dictionary<number | string>(ctx, level);
    const out = new Int32Array(parent.length);
    for (let i = 0; i < parent.length; i++) {
      const p = parent[i]!;
      const v = idOf(values, own[i] ?? '');
      out[i] = idOf(dict, v < SUB ? p * SUB + v : `${p}:${v}`);
    }
    return out;
  });
}

/** Row positions (in row order) per join id: `groups(...)[id]`, undefined when a table has none. */
export function groups(
  ctx: ContextCin,
  table: TableNameCin,
  level: KeyLevel,
): readonly (readonly number[] | undefined)[] {
  return memo(ctx, `b:groups:${table}.${level}`, () => groupWhere(ids(ctx, table, level), () => true));
}

/** Row positions per join id, keeping only the rows for which `keep` holds. */
export function groupWhere(rowIds: Int32Array, keep: (row: number) => boolean): (number[] | undefined)[] {
  const out: (number[] | undefined)[] = [];
  for (let i = 0; i < rowIds.length; i++) {
    if (!keep(i)) continue;
    const id = rowIds[i]!;
    const list = out[id];
    if (list) list.push(i);
    else out[id] = [i];
  }
  return out;
}

/** Positions grouped by their key, in order; null keys are left out. */
export function groupPositionsBy(keyOf: readonly (string | null)[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 0; i < keyOf.length; i++) {
    const k = keyOf[i];
    if (k === null || k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  }
  return out;
}

/** Collects flagged locations, each {table, field, row} once. */
export class Flags {
  private readonly byTable = new Map<TableNameCin, Map<string, Set<number>>>();

  add(table: TableNameCin, fields: string | readonly string[], row: number): void {
    let byField = this.byTable.get(table);
    if (!byField) {
      byField = new Map();
      this.byTable.set(table, byField);
    }
    for (const field of typeof fields === 'string' ? [fields] : fields) {
      const rows = byField.get(field);
      if (rows) rows.add(row);
      else byField.set(field, new Set([row]));
    }
  }

  result(): ResultCin {
    const locations: LocationCin[] = [];
    for (const [table, byField] of this.byTable) {
      for (const [field, rows] of byField) for (const row of rows) locations.push({ table, field, row });
    }
    return { locations };
  }
}

/** Whether a day falls in the census year (collection start to reference date, both included). */
export function inCensusYear(meta: MetaCin, day: DayNumber): boolean {
  return day >= meta.collectionStart && day <= meta.collectionEnd;
}

export function isWeekend(day: DayNumber): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/** 1 April 2013: referral source became mandatory for referrals on or after this date (rule 8866). */
export const REFERRAL_SOURCE_FROM = isoToDay('2013-04-01') as DayNumber;

/** One record in an overlap check: its start, and the end of the interval it occupies. */
export interface Span {
  readonly row: number;
  readonly start: DayNumber;
  /** Last day (or, with endInclusive false, the day after) of its interval; null for no interval. */
  readonly end: DayNumber | null;
}

/**
 * For records of one child (or one episode): which start inside another record's interval
 * (`guests`), and which have another record starting inside their own interval (`hosts`).
 * Record B is inside A when A !== B, B.start >= A.start, and B.start <= A.end (`endInclusive`)
 * or B.start < A.end. Sorting plus a difference array keeps this n log n per group.
 */
export function overlaps(
  spans: readonly Span[],
  endInclusive: boolean,
): { hosts: Set<number>; guests: Set<number> } {
  const hosts = new Set<number>();
  const guests = new Set<number>();
  if (spans.length < 2) return { hosts, guests };
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.row - b.row);
  const starts = sorted.map((s) => s.start);
  const firstAtLeast = (d: DayNumber): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < d) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const cover = new Array<number>(sorted.length + 1).fill(0);
  const selfCovered = new Array<boolean>(sorted.length).fill(false);
  sorted.forEach((a, pos) => {
    if (a.end === null) return;
    const from = firstAtLeast(a.start);
    // One past the last position whose start is within A's end.
    const to = firstAtLeast(endInclusive ? a.end + 1 : a.end);
    if (to <= from) return;
    const self = pos >= from && pos < to;
    if (self) selfCovered[pos] = true;
    if (to - from - (self ? 1 : 0) > 0) hosts.add(a.row);
    cover[from] = (cover[from] as number) + 1;
    cover[to] = (cover[to] as number) - 1;
  });
  let running = 0;
  sorted.forEach((b, pos) => {
    running += cover[pos] as number;
    if (running - (selfCovered[pos] ? 1 : 0) > 0) guests.add(b.row);
  });
  return { hosts, guests };
}
