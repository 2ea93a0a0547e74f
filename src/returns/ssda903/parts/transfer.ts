/**
 * What a worker thread posts back of its part (validate-parts.ts): its problems, its findings as arrays
 * (one entry per distinct rule, table, fields and file, then a row number and a CHILD per finding) and
 * the columns the across-children rules read. Typed arrays are moved, not copied.
 */
import type { Finding, InternalProblem, RuleNotRun } from '../../common/findings.ts';
import { type Cell, ColumnTable } from '../../common/table.ts';
import type { ProblemPieces, Source903 } from '../read.ts';
import type { TableName903 } from '../tables.ts';
import { acrossColumns, type LocalPart, type RuleSelection } from './part.ts';

/** Some columns of a part's table (the rest are left out), with the spreadsheet row of each row. */
export interface EncodedTable903 {
  /** All the table's column names (a column left out reads as empty). */
  readonly columns: readonly string[];
  readonly size: number;
  readonly data: readonly { readonly name: string; readonly cells: readonly Cell[] }[];
  readonly file: string;
  readonly rows: Int32Array;
}

/** Findings as arrays: `kinds` holds each distinct finding but for its row and child. */
export interface EncodedFindings903 {
  readonly kinds: Omit<Finding, 'row' | 'child'>[];
  readonly kind: Int32Array;
  /** Spreadsheet row, or -1 for none. */
  readonly row: Int32Array;
  readonly child: Cell[];
}

/** One part's outcome in a form a thread can post (typed arrays are moved, not copied). */
export interface PartOutcome903 {
  /** Each file's problem pieces, in job order. */
  readonly files: readonly ProblemPieces[];
  /** Null when a file could not be used (then no part runs any rules). */
  readonly validated: {
    readonly findings: EncodedFindings903;
    readonly ran: readonly string[];
    readonly notRun: readonly RuleNotRun[];
    readonly internal: readonly InternalProblem[];
    readonly facts: Readonly<Record<string, boolean[]>>;
    /** The tables the across-children rules read, as this part holds them (derived columns included). */
    readonly tables: Partial<Record<TableName903, EncodedTable903>>;
  } | null;
}

/** A part's outcome, ready to post from its thread. */
export function encodePart903(part: LocalPart, selection: RuleSelection): PartOutcome903 {
  const files = part.parsed.map((p) => p.parts as ProblemPieces);
  if (!part.validated || !part.tables) return { files, validated: null };
  const tables: Partial<Record<TableName903, EncodedTable903>> = {};
  for (const [name, columns] of acrossColumns(selection.rules)) {
    const t = part.tables[name];
    const source = part.read.sources[name];
    if (t instanceof ColumnTable && source) tables[name] = encodeTable(t, source, columns);
  }
  const { findings, outcome } = part.validated;
  return {
    files,
    validated: {
      findings: encodeFindings(findings),
      ran: outcome.ran,
      notRun: outcome.notRun,
      internal: outcome.internal,
      facts: part.facts,
      tables,
    },
  };
}

/** The buffers to move rather than copy when posting a part's outcome. */
export function transferList(part: PartOutcome903): ArrayBuffer[] {
  const v = part.validated;
  if (!v) return [];
  const out: ArrayBuffer[] = [v.findings.kind.buffer as ArrayBuffer, v.findings.row.buffer as ArrayBuffer];
  for (const t of Object.values(v.tables)) {
    out.push(t.rows.buffer as ArrayBuffer);
  }
  return out;
}

/** The named columns of a part's table, and the spreadsheet row of each of its rows. */
function encodeTable(t: ColumnTable, source: Source903, columns: readonly string[]): EncodedTable903 {
  const data: EncodedTable903['data'][number][] = [];
  for (const name of columns) {
    const cells = t.cells(name);
    if (cells) data.push({ name, cells });
  }
  return { columns: t.columns, size: t.size, data, file: source.file, rows: Int32Array.from(source.rows) };
}

export function decodeTable(e: EncodedTable903): { table: ColumnTable; source: Source903 } {
  const data = new Map<string, readonly Cell[]>(e.data.map((c) => [c.name, c.cells]));
  return {
    table: new ColumnTable(e.columns, data, e.size),
    source: { file: e.file, rows: Array.from(e.rows) },
  };
}

function encodeFindings(findings: readonly Finding[]): EncodedFindings903 {
  const kinds: Omit<Finding, 'row' | 'child'>[] = [];
  const index = new Map<string, number>();
  const kind = new Int32Array(findings.length);
  const row = new Int32Array(findings.length);
  const child: Cell[] = new Array(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    // Findings of one rule and table share their fields and file: one kind each.
    const key = `${f.code}\u0000${f.table}\u0000${f.file ?? ''}\u0000${f.fields.join(',')}`;
    let k = index.get(key);
    if (k === undefined) {
      k = kinds.length;
      kinds.push({
        code: f.code,
        message: f.message,
        type: f.type,
        table: f.table,
        fields: f.fields,
        file: f.file,
      });
      index.set(key, k);
    }
    kind[i] = k;
    row[i] = f.row ?? -1;
    child[i] = f.child;
  }
  return { kinds, kind, row, child };
}

export function decodeFindings(e: EncodedFindings903): Finding[] {
  const out: Finding[] = new Array(e.kind.length);
  for (let i = 0; i < out.length; i++) {
    const k = e.kinds[e.kind[i] as number] as Omit<Finding, 'row' | 'child'>;
    const row = e.row[i] as number;
    // Written out in Finding's key order (as the rules' findings are): one object shape for all.
    out[i] = {
      code: k.code,
      message: k.message,
      type: k.type,
      table: k.table,
      row: row < 0 ? null : row,
      child: e.child[i] ?? null,
      fields: k.fields,
      file: k.file,
    };
  }
  return out;
}
