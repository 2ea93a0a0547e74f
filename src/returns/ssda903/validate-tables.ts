/**
 * Runs a collection year's 903 rules over tables already read (and derived) and turns the rows each
 * rule flags into findings: the spreadsheet row, the child and the fields involved.
 */
import type { Finding, InternalProblem, RuleCount, RuleNotRun } from '../common/findings.ts';
import { countByRule } from '../common/findings.ts';
import { type ProgressCallback, runRules } from '../common/run-rules.ts';
import { rowCount } from '../common/table.ts';
import { column } from './lib/frame.ts';
import type { Source903 } from './read.ts';
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

/** What running the rules gives: the findings in rule order, and which rules ran. */
export interface Validated903 {
  readonly findings: Finding[];
  readonly outcome: {
    readonly ran: readonly string[];
    readonly notRun: readonly RuleNotRun[];
    readonly internal: readonly InternalProblem[];
  };
  readonly byRule: readonly RuleCount[];
}

/** Run the year's rules (or those given) over tables already read (and derived). */
export function runRules903(tables: Tables903, options: ValidateTables903Options): Validated903 {
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
    outcome: { ran: outcome.ran, notRun: outcome.notRun, internal },
    byRule: countByRule(findings),
  };
}
