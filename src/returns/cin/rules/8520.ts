import { day, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8520',
    definedIn: 'cin2022_23',
    message:
      'Date of Birth is after data collection period (must be on or before the end of the census period)',
    affectedFields: ['PersonBirthDate', 'ReferenceDate'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    validate({ tables, meta }) {
      const ci = tables.ChildIdentifiers;
      if (!ci) return undefined;
      const flags = new Flags();
      ci.rows.forEach((row, i) => {
        const dob = day(row, 'PersonBirthDate');
        if (dob !== null && dob > meta.collectionEnd) flags.add('ChildIdentifiers', 'PersonBirthDate', i);
      });
      return flags.result();
    },
  }),
];
