// A date of death, where given, should be within the census year (collection start to reference date).
import { day, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8545Q',
    definedIn: 'cin2022_23',
    message:
      "Please check and either amend data or provide a reason: Child's date of death should be within the " +
      'census year',
    affectedFields: ['PersonDeathDate'],
    module: 'ChildIdentifiers',
    ruleType: 'Query',
    validate({ tables, meta }) {
      const ci = tables.ChildIdentifiers;
      if (!ci) return undefined;
      const flags = new Flags();
      ci.rows.forEach((row, i) => {
        const death = day(row, 'PersonDeathDate');
        if (death !== null && (death < meta.collectionStart || death > meta.collectionEnd)) {
          flags.add('ChildIdentifiers', 'PersonDeathDate', i);
        }
      });
      return flags.result();
    },
  }),
];
