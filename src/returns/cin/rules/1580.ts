// The LA child ID may contain only the letters A-Z and a-z and the digits 0-9.
import { Flags, str } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1580',
    definedIn: 'cin2024_25',
    message: 'LA Child ID must not contain any non-alphanumeric characters',
    affectedFields: ['LAchildID'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    validate({ tables }) {
      const ci = tables.ChildIdentifiers;
      if (!ci) return undefined;
      const flags = new Flags();
      ci.rows.forEach((row, i) => {
        const id = str(row, 'LAchildID');
        if (id !== null && !/^[A-Za-z0-9]+$/.test(id)) flags.add('ChildIdentifiers', 'LAchildID', i);
      });
      return flags.result();
    },
  }),
];
