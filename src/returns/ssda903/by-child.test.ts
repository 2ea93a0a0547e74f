/**
 * A large return is validated in parts split by child (validate-parts.ts), which is only right if
 * every rule not marked `acrossChildren` looks at one child at a time. This checks it on every
 * recorded conformance case: each child's rows validated alone (and the rows with no CHILD together)
 * must flag exactly the rows the whole case flags.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ConformanceFile, conformanceFiles } from '../common/conformance.ts';
import type { Row, Table } from '../common/table.ts';
import { type Case903, caseInputs903 } from './conformance.ts';
import { findRuleVersion } from './registry.ts';
import type { Meta903, RuleVersion903, Tables903 } from './rule.ts';
import type { TableName903 } from './tables.ts';

const dir = new URL('../../../../shared/reference/ssda903/conformance/', import.meta.url).pathname;

/** CHILD as the reader leaves it (trimmed, upper-cased; blank is none). */
function childOf(row: Row): string | null {
  const v = row.CHILD as unknown;
  if (v === null || v === undefined) return null;
  const t = String(v).trim().toUpperCase();
  return t === '' ? null : t;
}

/** The rows a rule flags, as `table:original position`, with only the rows `keep` accepts. */
function flagged(
  rule: RuleVersion903,
  tables: Tables903,
  meta: Meta903,
  keep: (child: string | null) => boolean,
  facts?: boolean[][],
): Set<string> | undefined {
  const sub: Tables903 = {};
  const back: Record<string, number[]> = {};
  for (const [name, t] of Object.entries(tables) as [TableName903, Table][]) {
    const kept: number[] = [];
    t.rows.forEach((r, i) => {
      if (keep(childOf(r))) kept.push(i);
    });
    sub[name] = { columns: t.columns, rows: kept.map((i) => t.rows[i] as Row) };
    back[name] = kept;
  }
  const ctx = { tables: sub, meta, memo: new Map<string, unknown>() };
  // A gated rule is split by child as validate-parts.ts splits it: rows flagged regardless, facts apart.
  const result = rule.gatedBy ? rule.gatedBy.flag(ctx) : rule.validate(ctx);
  if (result === undefined) return undefined;
  if (rule.gatedBy && facts) facts.push(rule.gatedBy.facts(ctx));
  const out = new Set<string>();
  for (const [name, positions] of Object.entries(result)) {
    for (const p of positions ?? []) out.add(`${name}:${back[name]?.[p] ?? `#${p}`}`);
  }
  return out;
}

describe.skipIf(!existsSync(dir))('903 rules look at one child at a time (conformance cases)', () => {
  it('flags the same rows when each child is validated alone', () => {
    const differing: string[] = [];
    let compared = 0;
    for (const file of conformanceFiles(dir)) {
      const doc = JSON.parse(readFileSync(file, 'utf8')) as ConformanceFile<Case903>;
      for (const version of doc.versions) {
        const rule = findRuleVersion(doc.code, version.defined_in);
        if (!rule || rule.acrossChildren !== undefined) continue;
        for (const c of version.cases) {
          if (c.skipped) continue;
          const { tables, meta } = caseInputs903(c, version.defined_in);
          const children = new Set<string | null>();
          for (const t of Object.values(tables)) for (const r of t?.rows ?? []) children.add(childOf(r));
          const whole = flagged({ ...rule, gatedBy: undefined }, tables, meta, () => true);
          const alone = new Set<string>();
          const facts: boolean[][] = [];
          let ran = 0;
          for (const child of children) {
            const part = flagged(rule, tables, meta, (k) => k === child, facts);
            if (part === undefined) continue;
            ran++;
            for (const k of part) alone.add(k);
          }
          // A gated rule's facts hold of the whole when each holds of some child.
          const held = facts[0]?.every((_, k) => facts.some((f) => f[k])) ?? true;
          if (!held) alone.clear();
          compared++;
          const same =
            (whole === undefined) === (ran === 0 && children.size > 0) &&
            (whole?.size ?? 0) === alone.size &&
            [...alone].every((k) => whole?.has(k));
          if (!same) {
            differing.push(
              `${doc.code} ${version.defined_in} case ${c.id}: whole ${[...(whole ?? [])].join(' ')}; ` +
                `child by child ${[...alone].join(' ')}`,
            );
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(250);
    expect(differing).toEqual([]);
  });
});
