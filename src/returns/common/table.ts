/**
 * The in-memory shape every return validator works on: named tables of rows whose cells are the
 * text a CSV cell or XML element carried (null when empty or absent). Rules index rows by position;
 * positions are what findings report (plus 1 for the line a person sees in a spreadsheet).
 */
export type Cell = string | null;
export type Row = Record<string, Cell>;

export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
}

/**
 * A table held as one array of cells per column, as the 903 reader builds it. A 100,000-child return
 * has ~650,000 rows: as row objects they cost ~100 MB and every rule's `row[name]` is a keyed look-up;
 * as columns they cost a quarter of that and a rule reads `column[i]`. Row objects are still there
 * for code that wants them (imports, tests), built on first use.
 */
export class ColumnTable implements Table {
  readonly columns: readonly string[];
  readonly size: number;
  private readonly data: ReadonlyMap<string, readonly Cell[]>;
  private materialised: Row[] | null = null;

  constructor(columns: readonly string[], data: ReadonlyMap<string, readonly Cell[]>, size: number) {
    for (const [name, cells] of data) {
      if (cells.length !== size)
        throw new RangeError(`column ${name} has ${cells.length} cells, not ${size}`);
    }
    this.columns = columns;
    this.data = data;
    this.size = size;
  }

  /** The column's cells by row position, or undefined when the table has no such column. */
  cells(name: string): readonly Cell[] | undefined {
    return this.data.get(name);
  }

  /** The same table with `extra` columns added (or replaced); the other columns are shared. */
  withColumns(extra: ReadonlyMap<string, readonly Cell[]>): ColumnTable {
    const data = new Map(this.data);
    for (const [name, cells] of extra) data.set(name, cells);
    const columns = [...this.columns.filter((c) => !extra.has(c)), ...extra.keys()];
    return new ColumnTable(columns, data, this.size);
  }

  /** Whether row objects have been built (the 903 rules never need them; a check for that). */
  get rowsBuilt(): boolean {
    return this.materialised !== null;
  }

  get rows(): readonly Row[] {
    if (this.materialised === null) {
      const template: Row = {};
      for (const c of this.columns) template[c] = null;
      const names = [...this.data.keys()];
      const cols = names.map((n) => this.data.get(n) as readonly Cell[]);
      const rows: Row[] = new Array(this.size);
      for (let i = 0; i < this.size; i++) {
        const row: Row = { ...template };
        for (let c = 0; c < names.length; c++) {
          const v = (cols[c] as readonly Cell[])[i] ?? null;
          if (v !== null) row[names[c] as string] = v;
        }
        rows[i] = row;
      }
      this.materialised = rows;
    }
    return this.materialised;
  }
}

/**
 * One column's cells by row position (null where empty or where the table lacks the column): a
 * column table's own array, or gathered from row objects.
 */
export function columnCells(t: Table, name: string): readonly Cell[] {
  if (t instanceof ColumnTable) return t.cells(name) ?? new Array<Cell>(t.size).fill(null);
  const rows = t.rows;
  const out: Cell[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = rows[i]?.[name] ?? null;
  return out;
}

/** Number of rows, without building row objects for a column table. */
export function rowCount(t: Table): number {
  return t instanceof ColumnTable ? t.size : t.rows.length;
}

/** Trimmed cell text, or null when empty. */
export function text(v: Cell | undefined): string | null {
  if (v === null || v === undefined) return null;
  const t = v.trim();
  return t === '' ? null : t;
}

/** Group row positions by the (trimmed) value of a key column; rows with no key are left out. */
export function groupPositions(rows: readonly Row[], key: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const k = text(rows[i]?.[key]);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  }
  return out;
}

/** A number as pandas would read it from text ("3", "3.0", " 3 "), or null. */
export function num(v: Cell | undefined): number | null {
  const t = text(v);
  if (t === null) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
