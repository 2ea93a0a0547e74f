import { Flags, str } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8500',
    definedIn: 'cin2022_23',
    message: 'LA Child ID missing',
    affectedFields: ['LAchildID'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    validate({ tables }) {
      const ci = tables.ChildIdentifiers;
      if (!ci) return undefined;
      const flags = new Flags();
      ci.rows.forEach((row, i) => {
        if (str(row, 'LAchildID') === null) flags.add('ChildIdentifiers', 'LAchildID', i);
      });
      return flags.result();
    },
  }),
];
