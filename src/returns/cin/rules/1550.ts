// Character 13 of a UPN must be a digit, or a letter other than I, O and S (a temporary UPN).
import { isUpnLastChar } from '../lib/codes.ts';
import { Flags, str } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1550',
    definedIn: 'cin2022_23',
    message: 'UPN invalid (character 13 not a recognised value)',
    affectedFields: ['UPN'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    validate({ tables }) {
      const ci = tables.ChildIdentifiers;
      if (!ci) return undefined;
      const flags = new Flags();
      ci.rows.forEach((row, i) => {
        const c13 = str(row, 'UPN')?.[12];
        if (c13 !== undefined && !isUpnLastChar(c13)) flags.add('ChildIdentifiers', 'UPN', i);
      });
      return flags.result();
    },
  }),
];
