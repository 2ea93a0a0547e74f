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
