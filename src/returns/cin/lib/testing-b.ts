/** Test helpers for the group b CIN rules: build a context from plain rows and list what a rule flags. */
import { metaForReferenceDate } from '../meta.ts';
import type { CinRow, RuleVersionCin, TablesCin } from '../rule.ts';
import type { TableNameCin } from '../tables.ts';

export type TestTables = Partial<Record<TableNameCin, CinRow[]>>;

export function tablesOf(input: TestTables): TablesCin {
  const out: TablesCin = {};
  for (const [name, rows] of Object.entries(input) as [TableNameCin, CinRow[]][]) {
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    out[name] = { columns, rows };
  }
  return out;
}

/**
 * Runs a rule version and returns its locations as sorted `Table.Field[row]` labels, or undefined
 * when the rule reports a needed table as absent. The census year defaults to 2024/25.
 */
export function flagged(
  rule: RuleVersionCin,
  input: TestTables,
  referenceDate = '2025-03-31',
): string[] | undefined {
  const result = rule.validate({
    tables: tablesOf(input),
    meta: metaForReferenceDate(referenceDate),
    memo: new Map(),
  });
  if (!result) return undefined;
  return result.locations.map((l) => `${l.table}.${l.field}[${l.row}]`).sort();
}
