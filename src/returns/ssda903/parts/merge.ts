/**
 * Putting the parts of a 903 return back together (validate-parts.ts), so that the report is exactly
 * the one a single thread gives: each file's problems merged by row, the across-children rules run
 * once on their columns put back in spreadsheet order, gated rules kept only when their facts hold of
 * the whole return, a rule that failed anywhere reported as failed, and the findings in one order.
 */
import { countByRule, type Finding, type InternalProblem } from '../../common/findings.ts';
import { type Cell, ColumnTable } from '../../common/table.ts';
import { metaFor } from '../meta.ts';
import {
  assembleRead903,
  mergeProblemParts,
  type ProblemPieces,
  type Read903Result,
  type Source903,
} from '../read.ts';
import type { Tables903 } from '../rule.ts';
import type { TableName903 } from '../tables.ts';
import { runRules903, type Validated903 } from '../validate-tables.ts';
import {
  acrossColumns,
  jobsOf,
  type LocalPart,
  type PartInput903,
  type RuleSelection,
  splitRules,
  stepTimer,
} from './part.ts';
import { decodeFindings, decodeTable, type PartOutcome903 } from './transfer.ts';

/**
 * The order in which to take items from runs each sorted by a key (a spreadsheet row): for each item
 * of the whole, its run and its position in that run, smallest key first (an earlier run first on
 * equal keys). A table's parts and a rule's findings from each part are put together this way.
 */
function mergeOrder(keys: readonly ArrayLike<number>[]): { run: Int32Array; at: Int32Array } {
  let total = 0;
  for (const k of keys) total += k.length;
  const run = new Int32Array(total);
  const at = new Int32Array(total);
  const next = new Int32Array(keys.length);
  for (let i = 0; i < total; i++) {
    let best = -1;
    let bestKey = 0;
    for (let r = 0; r < keys.length; r++) {
      const k = keys[r] as ArrayLike<number>;
      const n = next[r] as number;
      if (n >= k.length) continue;
      if (best < 0 || (k[n] as number) < bestKey) {
        best = r;
        bestKey = k[n] as number;
      }
    }
    run[i] = best;
    at[i] = next[best] as number;
    next[best] = (next[best] as number) + 1;
  }
  return { run, at };
}

/**
 * The whole of a table from its parts: each part's rows are in spreadsheet order, so they are merged
 * on their spreadsheet rows, giving back the table as read on one thread (only `columns` are kept).
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
  const { run, at } = mergeOrder(parts.map((p) => p.source.rows));
  const size = run.length;
  const rows: number[] = new Array(size);
  for (let i = 0; i < size; i++) {
    rows[i] = (parts[run[i] as number] as (typeof parts)[number]).source.rows[at[i] as number] as number;
  }
  const data = new Map<string, readonly Cell[]>();
  for (const name of columns) {
    const ofParts = parts.map((p) => p.table.cells(name));
    if (ofParts.some((c) => c === undefined)) continue;
    const cells: Cell[] = new Array(size);
    for (let i = 0; i < size; i++)
      cells[i] = (ofParts[run[i] as number] as readonly Cell[])[at[i] as number] ?? null;
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
    readonly runs: Finding[][];
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
      g.runs.push(list.slice(start, end));
      start = end;
    }
  }
  const ordered = [...groups.values()].sort((a, b) => a.rule - b.rule || a.seen - b.seen);
  const out: Finding[] = [];
  for (const g of ordered) {
    if (g.runs.length === 1) {
      for (const f of g.runs[0] as Finding[]) out.push(f);
      continue;
    }
    const { run, at } = mergeOrder(g.runs.map((r) => r.map((f) => f.row ?? -1)));
    for (let i = 0; i < run.length; i++)
      out.push((g.runs[run[i] as number] as Finding[])[at[i] as number] as Finding);
  }
  return out;
}

/** A return's parts put together: what was read (with every part's problems) and the rules' outcome. */
export interface MergedParts {
  readonly read: Read903Result;
  /** Null when a file could not be used (no rules were run). */
  readonly validated: Validated903 | null;
}

/** This thread's part and the others' outcomes (in part order) as the one-thread report's pieces. */
export function mergeParts(
  options: Omit<PartInput903, 'partition' | 'read'>,
  selection: RuleSelection,
  mine: LocalPart,
  others: readonly PartOutcome903[],
): MergedParts {
  // Problems: each file's, merged from every part, then listed as one thread lists them.
  const jobs = jobsOf(options.steps);
  const parsed = mine.parsed.map((p, i) => {
    const pieces = [p.parts as ProblemPieces, ...others.map((o) => o.files[i] as ProblemPieces)];
    return { ...p, problems: mergeProblemParts(jobs[i]?.file ?? '', pieces) };
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
