// The child's sex (GenderCurrent before 2024/25) must be present and one of the XSD codes.
import { GENDER_CURRENT, SEX } from '../lib/codes.ts';
import { Flags, str } from '../lib/derived.ts';
import type { Validate } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

function codeCheck(field: string, codes: ReadonlySet<string>): Validate {
  return ({ tables }) => {
    const ci = tables.ChildIdentifiers;
    if (!ci) return undefined;
    const flags = new Flags();
    ci.rows.forEach((row, i) => {
      if (!codes.has(str(row, field) ?? '')) flags.add('ChildIdentifiers', field, i);
    });
    return flags.result();
  };
}

export const versions = [
  defineRule({
    code: '4180',
    definedIn: 'cin2024_25',
    message: 'Sex must be provided and equal M, F, or U',
    affectedFields: ['Sex'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    validate: codeCheck('Sex', SEX),
  }),
  defineRule({
    code: '4180',
    definedIn: 'cin2022_23',
    message: 'Gender is missing',
    affectedFields: ['GenderCurrent'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    // 1 male, 2 female, 0 not recorded or unborn, 9 indeterminate; anything else is as good as missing.
    validate: codeCheck('GenderCurrent', GENDER_CURRENT),
  }),
];
