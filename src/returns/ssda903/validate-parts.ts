/**
 * Validates a large 903 return on several threads at once, split by child (partition.ts): each thread
 * reads every file but keeps only its own children's rows, derives their columns and runs the year's
 * rules on them; this thread then puts the parts together. The report is exactly the one a single
 * thread gives (the same findings, problems and summary, in the same order):
 *
 * - a rule that looks at one child at a time finds in each part exactly the rows it finds in the
 *   whole return, because all of a child's rows, in every table and year, are in one part;
 * - a rule marked `acrossChildren` (e.g. 444, a UPN shared by two children) is run here once, on its
 *   tables put back together from the parts in spreadsheet row order;
 * - each part lists the problems of its own rows, and they are merged by row (read.ts,
 *   `mergeProblemParts`); problems with a file as a whole are the same in every part.
 *
 * The other parts send back only what the report needs: their findings as arrays (one entry per
 * distinct rule, table and fields, then a row number and a CHILD per finding), their problems, and the
 * tables the across-children rules read, dictionary-encoded. If a thread cannot be started or fails,
 * its part is validated here: threads are never a reason for a return to fail.
 */

import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { debugLine, debugOn } from '../../core/debug.ts';
import { countByRule, type Finding, type InternalProblem, type RuleNotRun } from '../common/findings.ts';
import { type Cell, ColumnTable } from '../common/table.ts';
import { deriveColumns903 } from './derive.ts';
import { metaFor } from './meta.ts';
import type { Partition903 } from './partition.ts';
import { type PostcodeTable, postcodeBytesShared, postcodeTableAsync } from './postcodes.ts';
import {
  assembleRead903,
  type FileJob903,
  mergeProblemParts,
  type Parsed903File,
  type ProblemPieces,
  type Read903Options,
  type Read903Result,
  type ReadStep903,
  readFile903,
  type Source903,
} from './read.ts';
import { rulesForYear } from './registry.ts';
import type { RuleVersion903, Tables903 } from './rule.ts';
import type { TableName903 } from './tables.ts';
import { runRules903, type Validated903 } from './validate-tables.ts';

/** Below this many bytes in all, a return is validated on one thread (a thread costs ~0.1 s to start). */
export const PARALLEL_FROM_BYTES = 8 * 1024 * 1024;
/** At most this many parts: beyond it, starting threads and putting parts together outweighs the gain. */
export const MAX_PARTS = 4;

/** What a part needs to know to read and validate its rows (everything a thread can be sent). */
export interface PartInput903 {
  readonly steps: readonly ReadStep903[];
  readonly year: string;
  readonly localAuthority: string | null;
  readonly read: Pick<Read903Options, 'maxCellLength' | 'maxFileBytes'>;
  readonly partition: Partition903;
}

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

const jobsOf = (steps: readonly ReadStep903[]): FileJob903[] =>
  steps.flatMap((s) => ('job' in s ? [s.job] : []));

/** The rules a part runs (those that look at one child at a time) and those run once on the whole. */
export function splitRules(rules: readonly RuleVersion903[]): {
  perChild: RuleVersion903[];
  across: RuleVersion903[];
} {
  return {
    perChild: rules.filter((r) => r.acrossChildren === undefined),
    across: rules.filter((r) => r.acrossChildren !== undefined),
  };
}

/** The columns (CHILD first) of each table the across-children rules of a selection read. */
function acrossColumns(rules: readonly RuleVersion903[]): Map<TableName903, string[]> {
  const out = new Map<TableName903, string[]>();
  for (const rule of rules) {
    for (const [name, columns] of Object.entries(rule.acrossChildren ?? {}) as [TableName903, string[]][]) {
      const list = out.get(name) ?? ['CHILD'];
      for (const c of columns) if (!list.includes(c)) list.push(c);
      out.set(name, list);
    }
  }
  return out;
}

/** A part's own result, kept whole on the thread that made it (this thread's part). */
interface LocalPart {
  readonly parsed: readonly Parsed903File[];
  readonly read: Read903Result;
  readonly tables: Tables903 | null;
  readonly validated: Validated903 | null;
  /** The facts each gated rule found of this part (see `RuleVersion903.gatedBy`). */
  readonly facts: Readonly<Record<string, boolean[]>>;
}

/** With KITH_DEBUG set, how long each step of a part took (since the part started). */
function stepTimer(what: string): (step: string) => void {
  const start = performance.now();
  return (step) => {
    if (!debugOn()) return;
    const h = getHeapStatistics();
    const mb = (n: number) => Math.round(n / 1048576);
    debugLine(
      `${what}: ${step} after ${Math.round(performance.now() - start)} ms ` +
        `(heap ${mb(h.used_heap_size)} of ${mb(h.total_heap_size)} MB, external ${mb(h.external_memory)} MB, malloced ${mb(h.malloced_memory)} MB, code ${mb(h.total_physical_size)} MB phys, process ${mb(process.memoryUsage.rss())} MB)`,
    );
  };
}

/** Read one part's rows of every file and, unless a file could not be used, derive and validate them. */
export async function validateLocalPart903(
  input: PartInput903,
  postcodes: () => Promise<PostcodeTable>,
  onProgress?: (done: number, total: number) => void,
  selection: RuleSelection = rulesForYear(input.year),
): Promise<LocalPart> {
  const step = stepTimer(`part ${input.partition.index}`);
  const childIds = new Map<string, string>();
  const split = input.partition.count > 1;
  const partition = split ? input.partition : undefined;
  const parsed = jobsOf(input.steps).map((job) => readFile903(job, input.read, childIds, partition));
  const read = assembleRead903(input.steps, parsed);
  step('read');
  if (read.problems.some((p) => p.level === 'fatal'))
    return { parsed, read, tables: null, validated: null, facts: {} };
  const table = await postcodes();
  step('postcodes');
  const tables = deriveColumns903(read.tables, input.localAuthority, () => table);
  step('derived columns');
  // A return in one part runs every rule here as it is. In parts, the across-children rules run on the
  // whole (see mergeParts), and a gated rule flags its rows here whatever the return as a whole
  // holds, and reports its facts, which mergeParts puts together.
  const facts: Record<string, boolean[]> = {};
  const rules = split
    ? splitRules(selection.rules).perChild.map((rule): RuleVersion903 => {
        const gate = rule.gatedBy;
        if (!gate) return rule;
        return {
          ...rule,
          validate: (ctx) => {
            const flags = gate.flag(ctx);
            if (flags !== undefined) facts[rule.code] = gate.facts(ctx);
            return flags;
          },
        };
      })
    : selection.rules;
  const validated = runRules903(tables, {
    meta: metaFor(input.year, input.localAuthority),
    sources: read.sources,
    rules: { rules, missing: selection.missing },
    onProgress,
  });
  step('rules');
  return { parsed, read, tables, validated, facts };
}

/** A part's outcome, ready to post from its thread. */
export function encodePart903(
  part: LocalPart,
  year: string,
  selection: RuleSelection = rulesForYear(year),
): PartOutcome903 {
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

function decodeTable(e: EncodedTable903): { table: ColumnTable; source: Source903 } {
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

function decodeFindings(e: EncodedFindings903): Finding[] {
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

/**
 * The whole of a table from its parts: each part's rows are in spreadsheet order, so they are merged
 * on their spreadsheet rows, giving back the table as read on one thread.
 */
export function mergeTableParts(
  parts: readonly { table: ColumnTable; source: Source903 }[],
  columns: readonly string[],
): {
  table: ColumnTable;
  source: Source903;
} {
  const first = parts[0];
  if (!first) throw new Error('no parts to merge');
  const size = parts.reduce((s, p) => s + p.table.size, 0);
  // The part and position of each row of the whole, in spreadsheet row order.
  const fromPart = new Int32Array(size);
  const fromPos = new Int32Array(size);
  const rows: number[] = new Array(size);
  const next = parts.map(() => 0);
  for (let i = 0; i < size; i++) {
    let best = -1;
    for (let p = 0; p < parts.length; p++) {
      const at = next[p] as number;
      const part = parts[p] as (typeof parts)[number];
      if (at >= part.table.size) continue;
      if (
        best < 0 ||
        (part.source.rows[at] as number) <
          ((parts[best] as typeof part).source.rows[next[best] as number] as number)
      )
        best = p;
    }
    const at = next[best] as number;
    fromPart[i] = best;
    fromPos[i] = at;
    rows[i] = (parts[best] as (typeof parts)[number]).source.rows[at] as number;
    next[best] = at + 1;
  }
  const data = new Map<string, readonly Cell[]>();
  for (const name of columns) {
    const ofParts = parts.map((p) => p.table.cells(name));
    if (ofParts.some((c) => c === undefined)) continue;
    const cells: Cell[] = new Array(size);
    for (let i = 0; i < size; i++)
      cells[i] = (ofParts[fromPart[i] as number] as readonly Cell[])[fromPos[i] as number] ?? null;
    data.set(name, cells);
  }
  return {
    table: new ColumnTable(first.table.columns, data, size),
    source: { file: first.source.file, rows },
  };
}

/**
 * The findings of several parts in one list, in a single thread's order: by rule as the year lists
 * them, a rule's tables in the order they first appear (this thread's part first), rows in
 * spreadsheet order. Each part's list is already in that order, so the runs of one rule and table
 * are merged on their rows, never sorted.
 */
export function mergeFindings(
  lists: readonly Finding[][],
  ruleIndex: ReadonlyMap<string, number>,
): Finding[] {
  interface Group {
    readonly rule: number;
    readonly seen: number;
    readonly runs: { list: Finding[]; start: number; end: number }[];
  }
  const groups = new Map<string, Group>();
  for (const list of lists) {
    let start = 0;
    while (start < list.length) {
      const first = list[start] as Finding;
      let end = start + 1;
      while (
        end < list.length &&
        (list[end] as Finding).code === first.code &&
        (list[end] as Finding).table === first.table
      )
        end++;
      const key = `${first.code}\u0000${first.table}`;
      let g = groups.get(key);
      if (!g) {
        g = { rule: ruleIndex.get(first.code) ?? Number.MAX_SAFE_INTEGER, seen: groups.size, runs: [] };
        groups.set(key, g);
      }
      g.runs.push({ list, start, end });
      start = end;
    }
  }
  const ordered = [...groups.values()].sort((a, b) => a.rule - b.rule || a.seen - b.seen);
  const out: Finding[] = [];
  for (const g of ordered) {
    if (g.runs.length === 1) {
      const r = g.runs[0] as Group['runs'][number];
      for (let i = r.start; i < r.end; i++) out.push(r.list[i] as Finding);
      continue;
    }
    const at = g.runs.map((r) => r.start);
    for (;;) {
      let best = -1;
      let bestRow = 0;
      for (let k = 0; k < g.runs.length; k++) {
        const r = g.runs[k] as Group['runs'][number];
        const i = at[k] as number;
        if (i >= r.end) continue;
        const row = (r.list[i] as Finding).row ?? -1;
        if (best < 0 || row < bestRow) {
          best = k;
          bestRow = row;
        }
      }
      if (best < 0) break;
      const r = g.runs[best] as Group['runs'][number];
      out.push(r.list[at[best] as number] as Finding);
      at[best] = (at[best] as number) + 1;
    }
  }
  return out;
}

/** How many parts to split a return of this many bytes into. */
export function partsFor(bytes: number, fromBytes: number = PARALLEL_FROM_BYTES): number {
  if (bytes < fromBytes) return 1;
  return Math.max(1, Math.min(availableParallelism(), MAX_PARTS));
}

/** Total bytes of the files a plan reads (a file that cannot be listed counts as empty). */
export function planBytes(steps: readonly ReadStep903[]): number {
  let total = 0;
  for (const job of jobsOf(steps)) {
    try {
      total += statSync(job.file).size;
    } catch {
      // Reading it reports the problem.
    }
  }
  return total;
}

/**
 * The worker, from the bundle `bin/kith.js` builds (an entry beside this module's chunk) or, running
 * from the sources, through a small JavaScript entry that registers tsx in the worker first. Null
 * when neither exists (e.g. code bundled some other way): the part is then validated on this thread.
 */
function startWorker(input: PartInput903): Worker | null {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const module = new URL('./validate-worker.ts', here).href;
    return new Worker(new URL('./validate-worker-boot.mjs', here), { workerData: { ...input, module } });
  }
  const bundled = new URL('./validate-903-worker.js', here);
  if (!existsSync(fileURLToPath(bundled))) return null;
  return new Worker(bundled, { workerData: input });
}

/**
 * Validate a part on a worker thread: its outcome, or null when no worker could be started. The
 * worker is sent the postcode table's data when this thread has it (see `postcodeBytesShared`).
 */
function validateInWorker(
  input: PartInput903,
  postcodes: Promise<SharedArrayBuffer>,
  started: Worker[],
): Promise<PartOutcome903> | null {
  let worker: Worker | null;
  try {
    worker = startWorker(input);
    if (worker) started.push(worker);
  } catch (e) {
    debugLine(`could not start a thread for part ${input.partition.index}: ${(e as Error).message}`);
    return null;
  }
  if (!worker) {
    debugLine('no worker entry beside this bundle');
    return null;
  }
  const w = worker;
  return new Promise((resolve, reject) => {
    postcodes.then(
      (shared) => w.postMessage({ postcodes: shared }),
      (e: Error) => w.postMessage({ postcodesFailed: e.message }),
    );
    w.once('message', (m: PartOutcome903) => {
      debugLine(`part ${input.partition.index} received`);
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
    w.once('exit', (code) => reject(new Error(`the thread stopped (exit code ${code})`)));
  });
}

/**
 * Start workers whose isolates optimise code on their own thread rather than on a background one,
 * when `busy` (as many threads as cores): every core is then running a part, and V8's background
 * compiles only take turns with them (measured on two cores: ~0.15 s sooner, ~0.4 s less CPU for a
 * 100,000-child return). V8 reads the flag as an isolate starts, so it is set for the workers'
 * start only and restored once they run; this thread's isolate is unchanged.
 */
function withoutBackgroundCompiles(busy: boolean, start: () => Worker[]): void {
  if (!busy) {
    start();
    return;
  }
  setFlagsFromString('--no-concurrent-recompilation');
  let workers: Worker[] = [];
  try {
    workers = start();
  } finally {
    let waiting = workers.length;
    const restore = () => {
      if (--waiting <= 0) setFlagsFromString('--concurrent-recompilation');
    };
    if (waiting === 0) restore();
    for (const w of workers) {
      let done = false;
      const once = () => {
        if (!done) {
          done = true;
          restore();
        }
      };
      w.once('online', once);
      w.once('error', once);
      w.once('exit', once);
    }
  }
}

/** A worker's message from the thread that started it. */
export type ToWorker903 = { readonly postcodes: SharedArrayBuffer } | { readonly postcodesFailed: string };

export interface PartsOptions extends Omit<PartInput903, 'partition'> {
  readonly parts: number;
  /** Validate the other parts one after another on this thread rather than on worker threads (tests). */
  readonly inProcess?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
  /** The postcode table for parts validated on this thread; the shipped one when not given. */
  readonly postcodes?: () => Promise<PostcodeTable>;
  /** The rules to run, for tests (with `inProcess`: worker threads always run the year's rules). */
  readonly rules?: RuleSelection;
}

/** A year's rules as the registry gives them: those implemented, and the codes that are not. */
export interface RuleSelection {
  readonly rules: readonly RuleVersion903[];
  readonly missing: readonly string[];
}

export interface PartsResult {
  /** How many parts were validated on worker threads (the rest, here). */
  readonly onWorkers: number;
  readonly read: Read903Result;
  /** Null when a file could not be used (no rules were run). */
  readonly validated: Validated903 | null;
}

/** Validate a return in `parts` parts (see the module comment) and put the report together. */
export async function validateInParts903(options: PartsOptions): Promise<PartsResult> {
  const input = (index: number): PartInput903 => ({
    steps: options.steps,
    year: options.year,
    localAuthority: options.localAuthority,
    read: options.read,
    partition: { index, count: options.parts },
  });
  const postcodes = options.postcodes ?? (() => postcodeTableAsync());
  const t0 = performance.now();
  const others: (Promise<PartOutcome903> | null)[] = [];
  if (options.parts > 1 && !options.inProcess) {
    const shared = postcodeBytesShared();
    // Awaited by the workers (through messages), not here: a failure is theirs to report.
    shared.catch(() => undefined);
    withoutBackgroundCompiles(options.parts >= availableParallelism(), () => {
      const started: Worker[] = [];
      for (let p = 1; p < options.parts; p++) others.push(validateInWorker(input(p), shared, started));
      return started;
    });
  }
  debugLine(`${others.length} worker threads started`);
  // The shipped postcode table is unpacked off this thread while it reads.
  if (!options.postcodes) void postcodeTableAsync().catch(() => undefined);
  if (options.rules && options.parts > 1 && !options.inProcess)
    throw new Error('rules of your own can only be run in parts in process');
  const selection = options.rules ?? rulesForYear(options.year);
  const mine = await validateLocalPart903(input(0), postcodes, options.onProgress, selection);
  if (options.parts <= 1) return { onWorkers: 0, read: mine.read, validated: mine.validated };
  debugLine(
    `part 0 of ${options.parts} read and validated on this thread in ${Math.round(performance.now() - t0)} ms`,
  );
  const outcomes: PartOutcome903[] = [];
  let onWorkers = 0;
  for (let p = 1; p < options.parts; p++) {
    const pending = others[p - 1];
    let outcome: PartOutcome903 | null = null;
    if (pending) {
      try {
        outcome = await pending;
        onWorkers++;
      } catch (e) {
        debugLine(`the thread for part ${p} failed (${(e as Error).message}); its part is validated here`);
      }
    }
    outcomes.push(
      outcome ??
        encodePart903(
          await validateLocalPart903(input(p), postcodes, undefined, selection),
          options.year,
          selection,
        ),
    );
  }
  debugLine(`all parts back after ${Math.round(performance.now() - t0)} ms`);
  const merged = mergeParts(options, selection, mine, outcomes);
  debugLine(`parts put together after ${Math.round(performance.now() - t0)} ms`);
  return { onWorkers, ...merged };
}

function mergeParts(
  options: PartsOptions,
  selection: RuleSelection,
  mine: LocalPart,
  others: readonly PartOutcome903[],
): Omit<PartsResult, 'onWorkers'> {
  // Problems: each file's, merged from every part, then listed as one thread lists them.
  const parsed = mine.parsed.map((p, i) => {
    const pieces = [p.parts as ProblemPieces, ...others.map((o) => o.files[i] as ProblemPieces)];
    const file = jobsOf(options.steps)[i]?.file ?? '';
    return { ...p, problems: mergeProblemParts(file, pieces) };
  });
  const read = assembleRead903(options.steps, parsed);
  if (!mine.validated || !mine.tables) return { read, validated: null };
  const step = stepTimer('merge');

  const { across } = splitRules(selection.rules);
  const lists: Finding[][] = [mine.validated.findings];
  const ran = new Set(mine.validated.outcome.ran);
  const notRun = new Map(mine.validated.outcome.notRun.map((n) => [n.code, n]));
  const internal = new Map<string, InternalProblem>();
  const addInternal = (list: readonly InternalProblem[]) => {
    for (const x of list) internal.set(`${x.code}\u0000${x.message}`, x);
  };
  addInternal(mine.validated.outcome.internal);
  for (const o of others) {
    if (!o.validated) continue;
    lists.push(decodeFindings(o.validated.findings));
    addInternal(o.validated.internal);
  }
  step('findings decoded');

  if (across.length > 0) {
    // The across-children rules, once, on their tables put back together.
    const whole: Tables903 = {};
    const sources: Partial<Record<TableName903, Source903>> = {};
    for (const [name, columns] of acrossColumns(selection.rules)) {
      const own = mine.tables[name];
      const source = mine.read.sources[name];
      if (!(own instanceof ColumnTable) || !source) continue;
      const parts = [{ table: own, source }];
      for (const o of others) {
        const e = o.validated?.tables[name];
        if (e) parts.push(decodeTable(e));
      }
      const m = mergeTableParts(parts, columns);
      whole[name] = m.table;
      sources[name] = m.source;
    }
    const result = runRules903(whole, {
      meta: metaFor(options.year, options.localAuthority),
      sources,
      rules: { rules: across, missing: [] },
    });
    lists.push(result.findings);
    for (const c of result.outcome.ran) ran.add(c);
    for (const n of result.outcome.notRun) notRun.set(n.code, n);
    addInternal(result.outcome.internal);
  }
  step('across-children rules');

  // A gated rule's rows stand only if its facts hold of the return: of any part, for each fact.
  const failedGates = new Set<string>();
  for (const rule of selection.rules) {
    if (!rule.gatedBy) continue;
    const seen = [mine.facts[rule.code], ...others.map((o) => o.validated?.facts[rule.code])].filter(
      (f): f is boolean[] => f !== undefined,
    );
    const count = Math.max(0, ...seen.map((f) => f.length));
    for (let k = 0; k < count; k++) {
      if (!seen.some((f) => f[k] === true)) failedGates.add(rule.code);
    }
  }
  // A rule that failed (threw) in any part did not run, as on one thread it would have failed on the
  // whole return: none of its rows are reported (the failure is, among the internal problems).
  const failed = new Set<string>();
  const partsRan = [mine.validated.outcome, ...others.flatMap((o) => (o.validated ? [o.validated] : []))];
  for (const part of partsRan) {
    const done = new Set([...part.ran, ...part.notRun.map((n) => n.code)]);
    for (const rule of selection.rules) {
      if (rule.acrossChildren === undefined && !done.has(rule.code)) failed.add(rule.code);
    }
  }
  for (const code of failed) ran.delete(code);
  const dropped = new Set([...failedGates, ...failed]);
  const gated = dropped.size === 0 ? lists : lists.map((l) => l.filter((f) => !dropped.has(f.code)));
  const ruleIndex = new Map(selection.rules.map((r, i) => [r.code, i]));
  const sorted = mergeFindings(gated, ruleIndex);
  step('merged');
  const inRuleOrder = <T extends { code: string }>(xs: Iterable<T>): T[] =>
    [...xs].sort(
      (a, b) =>
        (ruleIndex.get(a.code) ?? Number.MAX_SAFE_INTEGER) -
        (ruleIndex.get(b.code) ?? Number.MAX_SAFE_INTEGER),
    );
  return {
    read,
    validated: {
      findings: sorted,
      outcome: {
        ran: inRuleOrder([...ran].map((code) => ({ code }))).map((x) => x.code),
        notRun: inRuleOrder(notRun.values()),
        internal: inRuleOrder(internal.values()),
      },
      byRule: countByRule(sorted),
    },
  };
}
