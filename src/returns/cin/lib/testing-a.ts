/** Test helpers for the group a CIN rules: build a context from plain rows and list what a rule reports. */
import { metaForReferenceDate } from '../meta.ts';
import type { CinRow, ResultCin, RuleVersionCin, TablesCin } from '../rule.ts';
import type { TableNameCin } from '../tables.ts';

export type Rows = Partial<Record<TableNameCin, CinRow[]>>;

export function tablesFrom(input: Rows): TablesCin {
  const out: TablesCin = {};
  for (const [name, rows] of Object.entries(input) as [TableNameCin, CinRow[]][]) {
    out[name] = { columns: [...new Set(rows.flatMap((r) => Object.keys(r)))], rows };
  }
  return out;
}

/** Runs a rule version; the census year defaults to 2024/25 (reference date 31 March 2025). */
export function run(rule: RuleVersionCin, input: Rows, referenceDate = '2025-03-31'): ResultCin | undefined {
  return rule.validate({
    tables: tablesFrom(input),
    meta: metaForReferenceDate(referenceDate),
    memo: new Map(),
  });
}

/** The rule's locations as sorted `Table.Field[row]` labels, or undefined when a needed table is absent. */
export function flags(rule: RuleVersionCin, input: Rows, referenceDate = '2025-03-31'): string[] | undefined {
  const result = run(rule, input, referenceDate);
  if (!result) return undefined;
  return result.locations.map((l) => `${l.table}.${l.field}[${l.row}]`).sort();
}

/** Whether the rule reports a return-level (LA-level) failure. */
export function laFlag(rule: RuleVersionCin, input: Rows, referenceDate = '2025-03-31'): boolean | undefined {
  const result = run(rule, input, referenceDate);
  return result ? Boolean(result.laLevel) : undefined;
}

/** The version of a rule defined in a ruleset folder (throws when missing, so tests fail loudly). */
export function version(versions: readonly RuleVersionCin[], definedIn: string): RuleVersionCin {
  const v = versions.find((x) => x.definedIn === definedIn);
  if (!v) throw new Error(`no version ${definedIn}`);
  return v;
}
