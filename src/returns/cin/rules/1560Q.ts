// A former UPN, where given, must have the UPN format: a letter, 11 digits, then a digit or (for a
// temporary UPN) a letter other than I, O and S.
import { isUpnFormat } from '../lib/codes.ts';
import { Flags, str } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1560Q',
    definedIn: 'cin2022_23',
    message: 'Please check and either amend or provide a reason: Former UPN wrongly formatted',
    affectedFields: ['FormerUPN'],
    module: 'ChildIdentifiers',
    ruleType: 'Query',
    validate({ tables }) {
      const ci = tables.ChildIdentifiers;
      if (!ci) return undefined;
      const flags = new Flags();
      ci.rows.forEach((row, i) => {
        const former = str(row, 'FormerUPN');
        if (former !== null && !isUpnFormat(former)) flags.add('ChildIdentifiers', 'FormerUPN', i);
      });
      return flags.result();
    },
  }),
];
