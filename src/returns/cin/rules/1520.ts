import { Flags, str } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1520',
    definedIn: 'cin2022_23',
    message: 'More than one record with the same UPN.',
    affectedFields: ['UPN'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    validate({ tables }) {
      const ci = tables.ChildIdentifiers;
      if (!ci) return undefined;
      const count = new Map<string, number>();
      for (const row of ci.rows) {
        const upn = str(row, 'UPN');
        if (upn !== null) count.set(upn, (count.get(upn) ?? 0) + 1);
      }
      const flags = new Flags();
      ci.rows.forEach((row, i) => {
        const upn = str(row, 'UPN');
        if (upn !== null && (count.get(upn) ?? 0) > 1) flags.add('ChildIdentifiers', 'UPN', i);
      });
      return flags.result();
    },
  }),
];
