import { Flags, str } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8510',
    definedIn: 'cin2022_23',
    message: 'More than one child record with the same LA Child ID',
    affectedFields: ['LAchildID'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    validate({ tables }) {
      const ci = tables.ChildIdentifiers;
      if (!ci) return undefined;
      const count = new Map<string, number>();
      for (const row of ci.rows) {
        const id = str(row, 'LAchildID');
        if (id !== null) count.set(id, (count.get(id) ?? 0) + 1);
      }
      const flags = new Flags();
      ci.rows.forEach((row, i) => {
        const id = str(row, 'LAchildID');
        if (id !== null && (count.get(id) ?? 0) > 1) flags.add('ChildIdentifiers', 'LAchildID', i);
      });
      return flags.result();
    },
  }),
];
