import { Flags, str } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1540',
    definedIn: 'cin2022_23',
    message: 'UPN invalid (characters 5-12 not all numeric)',
    affectedFields: ['UPN'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    validate({ tables }) {
      const ci = tables.ChildIdentifiers;
      if (!ci) return undefined;
      const flags = new Flags();
      ci.rows.forEach((row, i) => {
        const part = str(row, 'UPN')?.slice(4, 12) ?? '';
        if (!/^\d*$/.test(part)) flags.add('ChildIdentifiers', 'UPN', i);
      });
      return flags.result();
    },
  }),
];
