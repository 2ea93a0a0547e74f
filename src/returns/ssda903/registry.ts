/**
 * The SSDA903 rule registry: every version of every rule, and the selection for a collection year
 * exactly as the DfE rulesets say (rulesets.json, from rules_by_ruleset.csv).
 */
import type { RuleVersion903 } from './rule.ts';
import { RULE_FILES } from './rules/index.ts';
import rulesets from './rulesets.json' with { type: 'json' };

const byKey = new Map<string, RuleVersion903>();
for (const f of RULE_FILES) {
  for (const v of f.versions) {
    const key = `${v.code}@${v.definedIn}`;
    if (byKey.has(key)) throw new Error(`rule ${v.code} (${v.definedIn}) is defined twice`);
    byKey.set(key, v);
  }
}

export function findRuleVersion(code: string, definedIn: string): RuleVersion903 | undefined {
  return byKey.get(`${code}@${definedIn}`);
}

export { COLLECTION_YEARS_903 } from './years.ts';

import { COLLECTION_YEARS_903 } from './years.ts';

export interface RulesetSelection {
  readonly rules: readonly RuleVersion903[];
  /** Codes the DfE ruleset lists for which kith has no implementation (should be none). */
  readonly missing: readonly string[];
}

export function rulesForYear(collectionYear: string): RulesetSelection {
  const year = (rulesets.years as Record<string, Record<string, string>>)[collectionYear];
  if (!year)
    throw new RangeError(
      `no SSDA903 ruleset for ${collectionYear}; known: ${COLLECTION_YEARS_903.join(', ')}`,
    );
  const rules: RuleVersion903[] = [];
  const missing: string[] = [];
  for (const [code, definedIn] of Object.entries(year)) {
    const v = findRuleVersion(code, definedIn);
    if (v) rules.push(v);
    else missing.push(code);
  }
  return { rules, missing };
}

export function allRuleVersions(): readonly RuleVersion903[] {
  return [...byKey.values()];
}
