/**
 * One run of a collection year's CIN rules over a census given in batches of whole children (see
 * validate.ts for why, and which rules look across children). It turns each batch's locations into
 * findings at once, so the batch can be dropped, and keeps them per rule and table in the order of
 * the whole return, so the findings come out exactly as one run over the whole census gives them:
 * rule by rule, a return-level finding first, then by table name and row.
 */
import type { Finding, FindingType, InternalProblem, RuleNotRun } from '../common/findings.ts';
import { type ProgressCallback, runRules } from '../common/run-rules.ts';
import { repeatedIn } from './lib/across.ts';
import { NumberColumn, ValueColumn } from './lib/columns.ts';
import { childKey, col } from './lib/derived.ts';
import type {
  AcrossRunCin,
  BatchCin,
  CinRow,
  ContextCin,
  MetaCin,
  ResultCin,
  RuleVersionCin,
  TablesCin,
} from './rule.ts';
import { TABLES_CIN, type TableNameCin } from './tables.ts';

const TABLE_NAMES = Object.keys(TABLES_CIN) as TableNameCin[];

/** A batch of whole children as the run is given it. */
export interface BatchInputCin {
  readonly tables: TablesCin;
  /** The XML line of each row, by table; without it a row's line is its position + 1. */
  readonly lines?: Partial<Record<TableNameCin, readonly number[]>>;
  /** Position in the whole return of each table's first row (for a batch of consecutive children). */
  readonly firstRow?: Partial<Record<TableNameCin, number>>;
  /** Position in the whole return of every row (for a batch of chosen children); before firstRow. */
  readonly positions?: Partial<Record<TableNameCin, readonly number[]>>;
}

/** Where each row of a batch's tables is in the whole return, and the line a person finds it at. */
class BatchView {
  constructor(private readonly input: BatchInputCin) {}

  readonly position = (table: TableNameCin, row: number): number => this.of(table).position(row);

  /** One table's rows: looked up once per table, not once per row. */
  of(table: TableNameCin): { position(row: number): number; line(row: number): number } {
    const positions = this.input.positions?.[table];
    const first = this.input.firstRow?.[table] ?? 0;
    const lines = this.input.lines?.[table];
    const position = positions
      ? (row: number): number => positions[row] ?? first + row
      : (row: number): number => first + row;
    return { position, line: lines ? (row) => lines[row] ?? position(row) + 1 : (row) => position(row) + 1 };
  }
}

/**
 * One rule's findings on one table, in the order of their rows in the whole return, held as columns
 * (line, position, child, list of fields) until the end: ~24 bytes a finding where a Finding object
 * costs ~90, and 314k of them at 100k children would make the heap grow with the file as the batches
 * go by. The Finding objects are made once, at the end (CinRuleRun.finish).
 */
class TableFindings {
  lines = new NumberColumn();
  positions = new NumberColumn();
  /** Index of the finding's list of fields in its rule's lists (RuleRecord.fieldLists). */
  fields = new NumberColumn();
  children = new ValueColumn<string | null>();

  get length(): number {
    return this.children.length;
  }

  add(line: number, position: number, child: string | null, fields: number): void {
    this.lines.push(line);
    this.positions.push(position);
    this.children.push(child);
    this.fields.push(fields);
  }

  /** Merge in findings on other rows (children run again), keeping the order of rows. */
  merge(other: TableFindings): void {
    const own = this.take();
    let i = 0;
    let j = 0;
    while (i < own.length || j < other.length) {
      const fromOwn = j >= other.length || (i < own.length && own.positions.get(i) < other.positions.get(j));
      if (fromOwn) this.copy(own, i++);
      else this.copy(other, j++);
    }
  }

  /** Drop the findings on rows of the given children (by child key). */
  dropChildren(keys: ReadonlySet<string>): void {
    const own = this.take();
    for (let i = 0; i < own.length; i++) if (!keys.has(childKey(own.children.get(i)))) this.copy(own, i);
  }

  /** This table's findings moved into a new one, leaving this one empty. */
  private take(): TableFindings {
    const moved = new TableFindings();
    for (let i = 0; i < this.length; i++) moved.copy(this, i);
    this.lines = new NumberColumn();
    this.positions = new NumberColumn();
    this.fields = new NumberColumn();
    this.children = new ValueColumn();
    return moved;
  }

  private copy(from: TableFindings, i: number): void {
    this.add(from.lines.get(i), from.positions.get(i), from.children.get(i), from.fields.get(i));
  }
}

/**
 * The batch each child came in (by child key), listed as the batches go by and compared once at the
 * end (as RepeatedValues does): the children whose rows came in more than one batch.
 */
class ChildBatches {
  private readonly keys = new ValueColumn<string>();
  private readonly batches = new NumberColumn();

  add(keys: Iterable<string>, batch: number): void {
    for (const key of keys) {
      this.keys.push(key);
      this.batches.push(batch);
    }
  }

  split(): Set<string> {
    const out = new Set<string>();
    const twice = repeatedIn(this.keys.toArray().sort());
    const first = new Map<string, number>();
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys.get(i);
      if (!twice.has(key)) continue;
      const batch = this.batches.get(i);
      const seen = first.get(key);
      if (seen === undefined) first.set(key, batch);
      else if (seen !== batch) out.add(key);
    }
    return out;
  }
}

type Kind = 'child' | 'header' | 'across';

/** What one rule has found so far, and whether it could run. */
class RuleRecord {
  readonly kind: Kind;
  readonly type: FindingType;
  state: 'running' | 'not-run' | 'failed' = 'running';
  problem: InternalProblem | null = null;
  laLevel = false;
  across: AcrossRunCin | null = null;
  tables = new Map<TableNameCin, TableFindings>();
  rowProblems: InternalProblem[] = [];
  /** Each distinct list of fields the rule has named on a row, shared by its findings. */
  readonly fieldLists: (readonly string[])[] = [];
  private readonly fieldListIndex = new Map<string, number>();

  constructor(readonly rule: RuleVersionCin) {
    this.kind = rule.acrossChildren ? 'across' : rule.scope === 'header' ? 'header' : 'child';
    this.type = rule.ruleType === 'Query' ? 'query' : 'error';
  }

  /** How many findings the rule has. */
  count(): number {
    let n = this.laLevel ? 1 : 0;
    for (const t of this.tables.values()) n += t.length;
    return n;
  }

  /** The index of a list of fields in fieldLists. */
  fields(list: readonly string[]): number {
    const key = list.length === 1 ? (list[0] as string) : list.join('\u0000');
    const known = this.fieldListIndex.get(key);
    if (known !== undefined) return known;
    this.fieldLists.push(list);
    this.fieldListIndex.set(key, this.fieldLists.length - 1);
    return this.fieldLists.length - 1;
  }

  found(table: TableNameCin, into = this.tables): TableFindings {
    let t = into.get(table);
    if (!t) {
      t = new TableFindings();
      into.set(table, t);
    }
    return t;
  }

  /** The rule cannot run: its findings so far go. */
  stop(state: 'not-run' | 'failed', problem: InternalProblem | null = null): void {
    this.state = state;
    this.problem = problem;
    this.laLevel = false;
    this.across = null;
    this.tables = new Map();
    this.rowProblems = [];
  }
}

/** The line and LAchildID of every row of a table, for the findings of cross-child rules. */
interface RowIndex {
  readonly lines: NumberColumn;
  readonly children: ValueColumn<string | null>;
}

export interface RunOutcomeCin {
  readonly findings: Finding[];
  readonly ran: string[];
  readonly notRun: RuleNotRun[];
  readonly internal: InternalProblem[];
}

export class CinRuleRun {
  private readonly records: RuleRecord[];
  private readonly byKind: Record<Kind, RuleRecord[]> = { child: [], header: [], across: [] };
  private batches = 0;
  /** The batches each child came in, to find the children split over batches. */
  private childBatches = new ChildBatches();
  private split: Set<string> | null = null;
  private readonly index = new Map<TableNameCin, RowIndex>();

  constructor(
    rules: readonly RuleVersionCin[],
    private readonly meta: MetaCin,
    private readonly file: string | null,
  ) {
    this.records = rules.map((r) => new RuleRecord(r));
    for (const r of this.records) {
      this.byKind[r.kind].push(r);
      for (const t of r.rule.acrossChildren?.flags ?? []) {
        this.index.set(t, { lines: new NumberColumn(), children: new ValueColumn() });
      }
    }
  }

  /**
   * Run the rules on a batch of whole children, consecutive in the file and each given once: the
   * per-child rules on the batch itself, the cross-child ones folding it into their state.
   */
  addBatch(input: BatchInputCin): void {
    const ctx: ContextCin = { tables: input.tables, meta: this.meta, memo: new Map() };
    const view = new BatchView(input);
    this.noteChildren(ctx);
    for (const r of this.byKind.child) this.runOn(r, ctx, view);
    this.indexRows(input, view);
    const batch: BatchCin = { ctx, position: view.position };
    for (const r of this.byKind.across) this.fold(r, batch);
    this.batches++;
  }

  /** Run the rules that read only the Header, once. */
  addHeader(tables: TablesCin, lines?: BatchInputCin['lines']): void {
    const ctx: ContextCin = { tables, meta: this.meta, memo: new Map() };
    const view = new BatchView(lines ? { tables, lines } : { tables });
    for (const r of this.byKind.header) this.runOn(r, ctx, view);
  }

  /** Children (by child key) whose rows came in more than one batch: an LAchildID used twice, or missing. */
  splitChildren(): ReadonlySet<string> {
    this.split ??= this.childBatches.split();
    return this.split;
  }

  /**
   * Run the per-child rules again for some children, given every row they have (in one batch,
   * with positions): what they found on those children's rows in the separate batches is replaced.
   */
  redoChildren(keys: ReadonlySet<string>, input: BatchInputCin): void {
    const ctx: ContextCin = { tables: input.tables, meta: this.meta, memo: new Map() };
    const view = new BatchView(input);
    for (const r of this.byKind.child) {
      if (r.state !== 'running') continue;
      for (const t of r.tables.values()) t.dropChildren(keys);
      const again = new Map<TableNameCin, TableFindings>();
      this.runOn(r, ctx, view, again);
      if (r.state !== 'running') continue;
      for (const [table, found] of again) r.found(table).merge(found);
    }
  }

  /** The cross-child rules' results, then every rule's findings in order. */
  finish(onProgress?: ProgressCallback): RunOutcomeCin {
    for (const r of this.byKind.across) this.finishAcross(r);
    // The whole-return state is done with: let it go before the Finding objects are made.
    this.childBatches = new ChildBatches();
    this.index.clear();
    const ran = this.records.filter((r) => r.state === 'running');
    // Sized once: a list of 300k findings grown push by push leaves ~3 times its size behind.
    const findings = new Array<Finding>(ran.reduce((n, r) => n + r.count(), 0));
    let filled = 0;
    const notRun: RuleNotRun[] = [];
    const internal: InternalProblem[] = [];
    this.records.forEach((r, i) => {
      if (r.state === 'not-run') notRun.push({ code: r.rule.code, tables: [r.rule.module] });
      else if (r.state === 'failed' && r.problem) internal.push(r.problem);
      else filled = this.materialise(r, findings, filled);
      onProgress?.(i + 1, this.records.length);
    });
    for (const r of this.records) internal.push(...r.rowProblems);
    return { findings, ran: ran.map((r) => r.rule.code), notRun, internal };
  }

  /** Which children each batch holds, to know those whose rows are split over batches. */
  private noteChildren(ctx: ContextCin): void {
    const keys = new Set<string>();
    for (const table of TABLE_NAMES) {
      if (table === 'Header') continue;
      let last: string | null | undefined;
      for (const id of col(ctx, table, 'LAchildID')) {
        // Rows come grouped by child, so most rows repeat the previous row's child.
        if (id === last) continue;
        last = id;
        keys.add(id ?? '');
      }
    }
    this.childBatches.add(keys, this.batches);
  }

  private indexRows(input: BatchInputCin, view: BatchView): void {
    for (const [table, index] of this.index) {
      const rows = input.tables[table]?.rows ?? [];
      const at = view.of(table);
      for (let i = 0; i < rows.length; i++) {
        // Batches come in file order, each child once, so rows come in order of position.
        if (at.position(i) !== index.lines.length) throw new RangeError('a batch came out of order');
        index.lines.push(at.line(i));
        index.children.push(childOf(rows[i] as CinRow));
      }
    }
  }

  /** Run a rule on one batch, its findings going into `into` (the rule's own, by default). */
  private runOn(r: RuleRecord, ctx: ContextCin, view: BatchView, into = r.tables): void {
    if (r.state !== 'running') return;
    const outcome = runRules(
      [r.rule],
      (rule) => {
        const result = rule.validate(ctx);
        if (result === undefined) return undefined;
        this.collect(r, result, ctx.tables, view, into);
        return true;
      },
      (rule) => [rule.module],
    );
    this.settle(r, outcome);
  }

  private fold(r: RuleRecord, batch: BatchCin): void {
    if (r.state !== 'running') return;
    const across = r.rule.acrossChildren;
    if (!across) return;
    if (across.tables.some((t) => !batch.ctx.tables[t])) {
      r.stop('not-run');
      return;
    }
    const outcome = runRules(
      [r.rule],
      () => {
        r.across ??= across.start();
        r.across.add(batch);
        return true;
      },
      (rule) => [rule.module],
    );
    this.settle(r, outcome);
  }

  private finishAcross(r: RuleRecord): void {
    if (r.state !== 'running') return;
    const run = r.across ?? r.rule.acrossChildren?.start();
    r.across = null;
    if (!run) return;
    const outcome = runRules(
      [r.rule],
      () => {
        this.collectAcross(r, run.finish());
        return true;
      },
      (rule) => [rule.module],
    );
    this.settle(r, outcome);
  }

  private settle(r: RuleRecord, outcome: ReturnType<typeof runRules>): void {
    const problem = outcome.internal[0];
    if (problem) r.stop('failed', problem);
    else if (outcome.notRun.length > 0) r.stop('not-run');
  }

  /** One finding per flagged row of the batch, with every field the rule named on it. */
  private collect(
    r: RuleRecord,
    result: ResultCin,
    tables: TablesCin,
    view: BatchView,
    into: Map<TableNameCin, TableFindings>,
  ): void {
    if (result.laLevel) r.laLevel = true;
    for (const [table, rows] of byTableAndRow(result)) {
      const tableRows = tables[table]?.rows;
      const found = r.found(table, into);
      const at = view.of(table);
      for (const [i, fields] of rows) {
        const row = tableRows?.[i];
        if (!row) {
          r.rowProblems.push(missingRow(r.rule, table, at.position(i)));
          continue;
        }
        found.add(at.line(i), at.position(i), childOf(row), r.fields(fields));
      }
    }
  }

  /** The same for a cross-child rule, whose rows are positions in the whole return. */
  private collectAcross(r: RuleRecord, result: ResultCin): void {
    if (result.laLevel) r.laLevel = true;
    for (const [table, rows] of byTableAndRow(result)) {
      const index = this.index.get(table);
      const found = r.found(table);
      for (const [at, fields] of rows) {
        if (!index || at < 0 || at >= index.lines.length) {
          r.rowProblems.push(missingRow(r.rule, table, at));
          continue;
        }
        found.add(index.lines.get(at), at, index.children.get(at), r.fields(fields));
      }
    }
  }

  /**
   * A rule's findings as Finding objects, written into `out` from `at` on, in order; returns where
   * the next rule's go. The rule's columns are let go once read.
   */
  private materialise(r: RuleRecord, out: Finding[], at: number): number {
    const { code, message } = r.rule;
    const { type } = r;
    const file = this.file;
    let next = at;
    if (r.laLevel) out[next++] = this.laFinding(r);
    const names = [...r.tables.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const table of names) {
      const t = r.tables.get(table) as TableFindings;
      for (let i = 0; i < t.length; i++) {
        const fields = r.fieldLists[t.fields.get(i)] as readonly string[];
        out[next++] = {
          code,
          message,
          type,
          table,
          row: t.lines.get(i),
          child: t.children.get(i),
          fields,
          file,
        };
      }
    }
    r.tables = new Map();
    return next;
  }

  private laFinding(r: RuleRecord): Finding {
    return {
      code: r.rule.code,
      message: r.rule.message,
      type: r.type,
      table: r.rule.module,
      row: null,
      child: null,
      fields: [...r.rule.affectedFields],
      file: this.file,
    };
  }
}

/** The finding's child: the row's LAchildID as written. */
function childOf(row: CinRow): string | null {
  const child = row.LAchildID;
  return typeof child === 'string' ? child : null;
}

/**
 * A result's locations grouped by table (in name order) and row (ascending), each row with every
 * field named on it, in the order the rule gave them. Rows are grouped under numeric keys, so no
 * string key is built per location (~390k at 100k children).
 */
function byTableAndRow(result: ResultCin): [TableNameCin, [number, string[]][]][] {
  const byTable = new Map<TableNameCin, Map<number, string[]>>();
  for (const loc of result.locations) {
    let rows = byTable.get(loc.table);
    if (!rows) {
      rows = new Map();
      byTable.set(loc.table, rows);
    }
    const fields = rows.get(loc.row);
    if (!fields) rows.set(loc.row, [loc.field]);
    else if (!fields.includes(loc.field)) fields.push(loc.field);
  }
  const names = [...byTable.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.map((name) => {
    const rows = byTable.get(name) as Map<number, string[]>;
    return [name, [...rows.entries()].sort((a, b) => a[0] - b[0])];
  });
}

function missingRow(rule: RuleVersionCin, table: TableNameCin, row: number): InternalProblem {
  return {
    code: rule.code,
    message: `rule ${rule.code} flagged row ${row} of ${table}, which does not exist`,
  };
}
