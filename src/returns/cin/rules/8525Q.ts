// Exactly one of date of birth and expected date of birth must be given: neither, or both, is queried.
import { day, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8525Q',
    definedIn: 'cin2022_23',
    message: 'Either Date of Birth or Expected Date of Birth must be provided (but not both)',
    affectedFields: ['PersonBirthDate', 'ExpectedPersonBirthDate'],
    module: 'ChildIdentifiers',
    ruleType: 'Query',
    validate({ tables }) {
      const ci = tables.ChildIdentifiers;
      if (!ci) return undefined;
      const flags = new Flags();
      ci.rows.forEach((row, i) => {
        const born = day(row, 'PersonBirthDate') !== null;
        const expected = day(row, 'ExpectedPersonBirthDate') !== null;
        if (born === expected)
          flags.add('ChildIdentifiers', ['PersonBirthDate', 'ExpectedPersonBirthDate'], i);
      });
      return flags.result();
    },
  }),
];
