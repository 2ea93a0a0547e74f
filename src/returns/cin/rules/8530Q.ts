// An expected date of birth should fall between the reference date minus 30 days and the reference
// date plus 9 months (1 March to 31 December of the year the census ends), both days included.
import { plusMonths } from '../../common/dates.ts';
import { day, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8530Q',
    definedIn: 'cin2022_23',
    message:
      'Please check and either amend data or provide a reason: Expected Date of Birth is outside the ' +
      'expected range for this census (March to December of the Census Year end)',
    affectedFields: ['ExpectedPersonBirthDate'],
    module: 'ChildIdentifiers',
    ruleType: 'Query',
    validate({ tables, meta }) {
      const ci = tables.ChildIdentifiers;
      if (!ci) return undefined;
      // The sector's validator also queries the two end days themselves; the message's "March to
      // December" includes them, so kith does not.
      const earliest = meta.referenceDate - 30;
      const latest = plusMonths(meta.referenceDate, 9);
      const flags = new Flags();
      ci.rows.forEach((row, i) => {
        const edob = day(row, 'ExpectedPersonBirthDate');
        if (edob !== null && (edob < earliest || edob > latest)) {
          flags.add('ChildIdentifiers', 'ExpectedPersonBirthDate', i);
        }
      });
      return flags.result();
    },
  }),
];
