// A child with a date of death must have a date of birth on or before it.
import { day, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8535Q',
    definedIn: 'cin2022_23',
    message:
      'Please check and either amend data or provide a reason: Child’s date of death should not be prior ' +
      'to the date of birth',
    affectedFields: ['PersonDeathDate', 'PersonBirthDate'],
    module: 'ChildIdentifiers',
    ruleType: 'Query',
    validate({ tables }) {
      const ci = tables.ChildIdentifiers;
      if (!ci) return undefined;
      const flags = new Flags();
      ci.rows.forEach((row, i) => {
        const death = day(row, 'PersonDeathDate');
        if (death === null) return;
        const birth = day(row, 'PersonBirthDate');
        if (birth === null || death < birth) {
          flags.add('ChildIdentifiers', ['PersonDeathDate', 'PersonBirthDate'], i);
        }
      });
      return flags.result();
    },
  }),
];
