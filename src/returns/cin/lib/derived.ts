/**
 * Data every CIN rule derives from the tables, built at most once per validation run and kept in the
 * context's memo: columns as trimmed text, date columns as day numbers, assessment factor lists,
 * integer join ids (child, episode, plan) and row positions grouped by them. Before this module the
 * two groups of rules each had their own helpers, so a 100k-child return parsed the same dates and
 * built the same groupings twice; every rule now reads them from here. Also the small helpers both
 * groups need: cell text, yes/no flags, a de-duplicating location collector, census-year tests.
 */
import { type DayNumber, weekday } from '../../../core/day.ts';
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

/** A cell as trimmed text; null when absent, empty or a list (only AssessmentFactors is a list). */
export function str(row: CinRow, field: string): string | null {
  return text(row[field]);
}

/** A cell's value as trimmed text (see str). */
function text(v: CinRow[string] | undefined): string | null {
  if (typeof v !== 'string') return null;
  // The reader already trims; only hand-made tables need a new string.
  const c0 = v.charCodeAt(0);
  const cn = v.charCodeAt(v.length - 1);
  if (c0 > 32 && c0 < 127 && cn > 32 && cn < 127) return v;
  const t = v.trim();
  return t === '' ? null : t;
}

/**
 * The key every join on the child uses (see ids): the LAchildID as text, '' when it is missing, so
 * that children without one join each other, as pandas merges null keys.
 */
export function childKey(v: CinRow[string] | undefined): string {
  return text(v) ?? '';
}

/** A date cell as a day number; a missing or malformed date is null (the reference tool's coercion). */
export function day(row: CinRow, field: string): DayNumber | null {
  return ymd(str(row, field));
}

/** The XSD yes/no type (ReferralNFA, ICPCnotRequired) allows true/false/1/0; true or 1 means yes. */
export function isYes(v: string | null | undefined): boolean {
  if (v === null || v === undefined) return false;
  const t = v.toLowerCase();
  return t === 'true' || t === '1';
}

/** An explicit no (false or 0); a missing or unrecognised value is neither yes nor no. */
export function isNo(v: string | null | undefined): boolean {
  if (v === null || v === undefined) return false;
  const t = v.toLowerCase();
  return t === 'false' || t === '0';
}

/**
 * The assessment factor codes on an Assessments row, trimmed, empties dropped. The reader gives a
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

/** True when the AssessmentFactors cell holds a list (the reader's shape) rather than one code per row. */
export function factorsAreList(row: CinRow): boolean {
  const v = row.AssessmentFactors;
  return v !== null && v !== undefined && typeof v !== 'string';
}

// Column caches. Reading `row[field]` with a variable field name is slow in a hot loop, and many
// rules read the same columns, so each column is read (and each date parsed) once per validation
// run (per batch of children, when a census is checked in batches). An absent table gives an empty
// column.

const memoKeys = new Map<string, Map<string, Map<string, string>>>();

/**
 * The memo key `kind:table.part`, built once per combination: with the census checked in small
 * batches, building the key string on every call was a good part of a batch's fixed cost.
 */
function memoKey(kind: string, table: string, part: string): string {
  let byTable = memoKeys.get(kind);
  if (!byTable) {
    byTable = new Map();
    memoKeys.set(kind, byTable);
  }
  let byPart = byTable.get(table);
  if (!byPart) {
    byPart = new Map();
    byTable.set(table, byPart);
  }
  let key = byPart.get(part);
  if (key === undefined) {
    key = `${kind}:${table}.${part}`;
    byPart.set(part, key);
  }
  return key;
}

/** A column as trimmed text (null when empty or absent), one entry per row. */
export function col(ctx: ContextCin, table: TableNameCin, field: string): readonly (string | null)[] {
  return memo(ctx, memoKey('text', table, field), () => {
    const rows = ctx.tables[table]?.rows ?? [];
    const out = new Array<string | null>(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = str(rows[i] as CinRow, field);
    return out;
  });
}

/** A date column as day numbers (null when missing or not a real YYYY-MM-DD date). */
export function dates(ctx: ContextCin, table: TableNameCin, field: string): readonly (DayNumber | null)[] {
  return memo(ctx, memoKey('date', table, field), () => {
    const text = col(ctx, table, field);
    const out = new Array<DayNumber | null>(text.length);
    // The reader shares one string per distinct date, so consecutive repeats are common and cheap.
    let last: string | null = null;
    let lastDay: DayNumber | null = null;
    for (let i = 0; i < text.length; i++) {
      const t = text[i] ?? null;
      if (t !== last) {
        last = t;
        lastDay = ymd(t);
      }
      out[i] = lastDay;
    }
    return out;
  });
}

/** Assessments.AssessmentFactors as lists of codes (see factorsOf). */
export function factorCol(ctx: ContextCin): readonly string[][] {
  return memo(ctx, 'factors', () => (ctx.tables.Assessments?.rows ?? []).map(factorsOf));
}

/**
 * How rows join: on the child (LAchildID), the episode (+ CINdetailsID) or the child protection plan
 * (+ CPPID). A missing ID joins with other missing IDs, as a pandas merge does.
 */
export type KeyLevel = 'child' | 'episode' | 'plan';

/** A dictionary giving each distinct key the next integer, kept in the memo for the whole run. */
function dictionary<K>(ctx: ContextCin, name: string): Map<K, number> {
  return memo(ctx, `dict:${name}`, () => new Map<K, number>());
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
  return memo(ctx, memoKey('ids', table, level), () => {
    if (level === 'child') {
      const dict = dictionary<string>(ctx, 'child');
      const child = col(ctx, table, 'LAchildID');
      const out = new Int32Array(child.length);
      let last: string | null | undefined;
      let lastId = -1;
      for (let i = 0; i < child.length; i++) {
        // Rows come grouped by child, so most lookups repeat the previous row's.
        const c = child[i];
        if (c !== last || lastId < 0) {
          last = c;
          lastId = idOf(dict, c ?? '');
        }
        out[i] = lastId;
      }
      return out;
    }
    const parent = ids(ctx, table, level === 'episode' ? 'child' : 'episode');
    const own = col(ctx, table, level === 'episode' ? 'CINdetailsID' : 'CPPID');
    // Per parent id, its first own-value and that value's id inline, and a map only for parents
    // with several values: most children have one episode and most episodes one plan, so no
    // combined key is built and no map is made for them.
    const d = memo(ctx, `dict:${level}`, () => ({
      next: 0,
      first: [] as (string | undefined)[],
      firstId: [] as number[],
      more: [] as (Map<string, number> | undefined)[],
    }));
    const out = new Int32Array(parent.length);
    for (let i = 0; i < parent.length; i++) {
      const p = parent[i] as number;
      const v = own[i] ?? '';
      const first = d.first[p];
      if (first === undefined) {
        d.first[p] = v;
        d.firstId[p] = d.next;
        out[i] = d.next++;
        continue;
      }
      if (first === v) {
        out[i] = d.firstId[p] as number;
        continue;
      }
      let m = d.more[p];
      if (!m) {
        m = new Map();
        d.more[p] = m;
      }
      let id = m.get(v);
      if (id === undefined) {
        id = d.next++;
        m.set(v, id);
      }
      out[i] = id;
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
  return memo(ctx, memoKey('groups', table, level), () => groupWhere(ids(ctx, table, level), () => true));
}

/** Row positions per join id, keeping only the rows for which `keep` holds. */
export function groupWhere(
  rowIds: ArrayLike<number>,
  keep: (row: number) => boolean,
): (number[] | undefined)[] {
  const out: (number[] | undefined)[] = [];
  for (let i = 0; i < rowIds.length; i++) {
    if (!keep(i)) continue;
    const id = rowIds[i] as number;
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

/** Appends a value to the list under a key, creating the list on first use. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
    if (typeof fields === 'string') {
      addRow(byField, fields, row);
      return;
    }
    for (const field of fields) addRow(byField, field, row);
  }

  result(): ResultCin {
    const locations: LocationCin[] = [];
    for (const [table, byField] of this.byTable) {
      for (const [field, rows] of byField) for (const row of rows) locations.push({ table, field, row });
    }
    return { locations };
  }
}

function addRow(byField: Map<string, Set<number>>, field: string, row: number): void {
  const rows = byField.get(field);
  if (rows) rows.add(row);
  else byField.set(field, new Set([row]));
}

/** A return-level failure (no row locations), or a clean result. */
export function laLevel(fails: boolean): ResultCin {
  return fails ? { locations: [], laLevel: true } : { locations: [] };
}

/** Whether a day falls in the census year (collection start to reference date, both included). */
export function inCensusYear(meta: MetaCin, day: DayNumber): boolean {
  return day >= meta.collectionStart && day <= meta.collectionEnd;
}

export function isWeekend(day: DayNumber): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}
