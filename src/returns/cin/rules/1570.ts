import { Flags, str } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1570',
    definedIn: 'cin2024_25',
    message: 'LA Child ID must not be longer than 20 characters',
    affectedFields: ['LAchildID'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    validate({ tables }) {
      const ci = tables.ChildIdentifiers;
      if (!ci) return undefined;
      const flags = new Flags();
      ci.rows.forEach((row, i) => {
        const id = str(row, 'LAchildID');
        if (id !== null && [...id].length > 20) flags.add('ChildIdentifiers', 'LAchildID', i);
      });
      return flags.result();
    },
  }),
];
