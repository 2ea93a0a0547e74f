/** The CIN rule registry: every version of every rule, selected per collection year as the DfE rulesets say. */
import type { RuleVersionCin } from './rule.ts';
import { RULE_FILES } from './rules/index.ts';
import rulesets from './rulesets.json' with { type: 'json' };

const byKey = new Map<string, RuleVersionCin>();
for (const f of RULE_FILES) {
  for (const v of f.versions) {
    const key = `${v.code}@${v.definedIn}`;
    if (byKey.has(key)) throw new Error(`rule ${v.code} (${v.definedIn}) is defined twice`);
    byKey.set(key, v);
  }
}

export function findRuleVersionCin(code: string, definedIn: string): RuleVersionCin | undefined {
  return byKey.get(`${code}@${definedIn}`);
}

export { COLLECTION_YEARS_CIN } from './years.ts';

import { COLLECTION_YEARS_CIN } from './years.ts';

export function rulesForYearCin(collectionYear: string): { rules: RuleVersionCin[]; missing: string[] } {
  const year = (rulesets.years as Record<string, Record<string, string>>)[collectionYear];
  if (!year)
    throw new RangeError(`no CIN ruleset for ${collectionYear}; known: ${COLLECTION_YEARS_CIN.join(', ')}`);
  const rules: RuleVersionCin[] = [];
  const missing: string[] = [];
  for (const [code, definedIn] of Object.entries(year)) {
    const v = findRuleVersionCin(code, definedIn);
    if (v) rules.push(v);
    else missing.push(code);
  }
  return { rules, missing };
}
