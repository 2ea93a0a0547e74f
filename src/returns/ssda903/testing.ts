/** Helpers for rule tests: build a context from plain rows. */
import type { Row } from '../common/table.ts';
import { metaFor } from './meta.ts';
import type { Flags903, Meta903, RuleVersion903, Tables903 } from './rule.ts';
import type { TableName903 } from './tables.ts';

export function tablesOf(input: Partial<Record<TableName903, Row[]>>): Tables903 {
  const out: Tables903 = {};
  for (const [name, rows] of Object.entries(input) as [TableName903, Row[]][]) {
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    out[name] = { columns, rows };
  }
  return out;
}

export function runRule(
  rule: RuleVersion903,
  input: Partial<Record<TableName903, Row[]>>,
  meta: Partial<Meta903> = {},
): Flags903 | undefined {
  return rule.validate({
    tables: tablesOf(input),
    meta: { ...metaFor('2026', null), ...meta },
    memo: new Map(),
  });
}
