/**
 * Validates an SSDA903 return: runs the collection year's rules over the tables and reports each
 * flagged row as a finding in the shared shape (common/findings.ts), with the spreadsheet row it is
 * on, the child and the fields involved. `validate903Return` is the whole journey from files on disk:
 * read, derive, run the rules.
 */

import { debugLine } from '../../core/debug.ts';
import {
  countByRule,
  countProblems,
  type Finding,
  type FindingsSummary,
  type ValidationReport,
} from '../common/findings.ts';
import { type ProgressCallback, runRules } from '../common/run-rules.ts';
import { rowCount } from '../common/table.ts';
import { deriveColumns903 } from './derive.ts';
import { column } from './lib/frame.ts';
import { metaFor } from './meta.ts';
import { type PostcodeTable, postcodeTableAsync } from './postcodes.ts';

import type { Source903 } from './read.ts';
import { read903Parallel } from './read-parallel.ts';
import { rulesForYear } from './registry.ts';
import type { Context903, Flags903, Meta903, RuleVersion903, Tables903 } from './rule.ts';
import type { TableName903 } from './tables.ts';

export interface ValidateTables903Options {
  readonly meta: Meta903;
  /** Where each table's rows came from, to report spreadsheet rows; without it row = position + 2. */
  readonly sources?: Partial<Record<TableName903, Source903>>;
  readonly onProgress?: ProgressCallback;
  /** The rules to run; the collection year's ruleset when not given (tests pass their own). */
  readonly rules?: { readonly rules: readonly RuleVersion903[]; readonly missing: readonly string[] };
}

function fieldsIn(rule: RuleVersion903, columns: readonly string[]): string[] {
  const inTable = rule.affectedFields.filter((f) => columns.includes(f));
  return inTable.length > 0 ? inTable : [...rule.affectedFields];
}

function strictlyAscending(positions: readonly number[]): boolean {
  for (let i = 1; i < positions.length; i++) {
    if ((positions[i] as number) <= (positions[i - 1] as number)) return false;
  }
  return true;
}

/** Run the year's rules over tables already read (and derived). */
export function validateTables903(
  tables: Tables903,
  options: ValidateTables903Options,
): { findings: Finding[]; summary: FindingsSummary } {
  const selection = options.rules ?? rulesForYear(options.meta.collectionYear);
  const ctx: Context903 = { tables, meta: options.meta, memo: new Map() };
  const outcome = runRules<RuleVersion903, Flags903>(
    selection.rules,
    (rule) => rule.validate(ctx),
    (rule) => rule.tables.filter((t) => !tables[t]),
    options.onProgress,
  );
  // The rules' shared data (~100 MB at 100,000 children) is not needed to write the findings: let it go
  // before they are made, so the two are never held at once.
  ctx.memo.clear();
  const findings: Finding[] = [];
  const internal = [...outcome.internal];
  for (const { index, result } of outcome.results) {
    const rule = selection.rules[index] as RuleVersion903;
    for (const [name, positions] of Object.entries(result) as [TableName903, number[] | undefined][]) {
      if (!positions || positions.length === 0) continue;
      const table = tables[name];
      if (!table) {
        internal.push({
          code: rule.code,
          message: `rule ${rule.code} flagged rows of ${name}, which was not supplied`,
        });
        continue;
      }
      const source = options.sources?.[name];
      const fields = fieldsIn(rule, table.columns);
      // A rule may flag a row twice (two reasons); a person needs to see it once. Most rules already
      // return ascending positions, which need no copy.
      const unique = strictlyAscending(positions) ? positions : [...new Set(positions)].sort((a, b) => a - b);
      const size = rowCount(table);
      const children = column(ctx, name, 'CHILD');
      for (const pos of unique) {
        if (!Number.isInteger(pos) || pos < 0 || pos >= size) {
          internal.push({
            code: rule.code,
            message: `rule ${rule.code} flagged row ${pos} of ${name}, which has ${size} rows`,
          });
          continue;
        }
        findings.push({
          code: rule.code,
          message: rule.message,
          // The 903 has no queries: every DfE 903 validation rule is an error to fix or explain.
          type: 'error',
          table: name,
          row: source?.rows[pos] ?? pos + 2,
          child: children[pos] ?? null,
          fields,
          file: source?.file ?? null,
        });
      }
    }
  }
  return {
    findings,
    summary: {
      return: 'ssda903',
      collectionYear: options.meta.collectionYear,
      errors: findings.length,
      queries: 0,
      byRule: countByRule(findings),
      rulesRun: outcome.ran,
      rulesNotRun: outcome.notRun,
      missingImplementations: [...selection.missing],
      internalProblems: internal,
      fileProblems: { fatal: 0, error: 0, warning: 0 },
    },
  };
}

/** With KITH_DEBUG set, how long each step took, on stderr (a council's analyst can see where time goes). */
function phaseTimer(): (step: string) => void {
  let last = performance.now();
  return (step) => {
    const now = performance.now();
    debugLine(`${step} in ${Math.round(now - last)} ms`);
    last = now;
  };
}

export interface Validate903Options {
  /** Collection end year, e.g. '2026' for 2025/26. */
  readonly year: string;
  /** The council's long-form code, e.g. E06000014; decides PL_LOCATION IN/OUT. */
  readonly localAuthority: string | null;
  /** Files or folders of the previous year's return. */
  readonly previous?: readonly string[];
  readonly onProgress?: ProgressCallback;
  /** Returns of at least this many bytes are read on two threads (read-parallel.ts). */
  readonly parallelFromBytes?: number;
  /** The postcode table (tests pass a small one); the shipped ONS table when not given. */
  readonly postcodes?: () => PostcodeTable;
}

/**
 * Read, derive and validate a 903 return from files or folders. When any file could not be used
 * (a `fatal` problem) no rules are run: findings on part of a return would mislead.
 */
export async function validate903Return(
  inputs: readonly string[],
  options: Validate903Options,
): Promise<ValidationReport> {
  const meta = metaFor(options.year, options.localAuthority);
  // The shipped postcode table is unpacked on another thread while this one reads the files.
  const shipped = options.postcodes ? null : postcodeTableAsync();
  const timer = phaseTimer();
  const read = await read903Parallel(inputs, {
    collectionYear: options.year,
    previous: options.previous,
    parallelFromBytes: options.parallelFromBytes,
  });
  const fileProblems = countProblems(read.problems);
  if (fileProblems.fatal > 0) {
    const { missing } = rulesForYear(options.year);
    return {
      findings: [],
      problems: read.problems,
      summary: {
        return: 'ssda903',
        collectionYear: meta.collectionYear,
        errors: 0,
        queries: 0,
        byRule: [],
        rulesRun: [],
        rulesNotRun: [],
        missingImplementations: missing,
        internalProblems: [],
        fileProblems,
      },
    };
  }
  let postcodes = options.postcodes;
  if (!postcodes) {
    const table = await (shipped ?? postcodeTableAsync());
    postcodes = () => table;
  }
  timer('read');
  const tables = deriveColumns903(read.tables, options.localAuthority, postcodes);
  timer('derived columns');
  const { findings, summary } = validateTables903(tables, {
    meta,
    sources: read.sources,
    onProgress: options.onProgress,
  });
  timer('rules');
  return { findings, problems: read.problems, summary: { ...summary, fileProblems } };
}
