// A mother (MOTHER 1) must be at least 11 years old at the start of the collection year.
import { plusYears } from '../../common/dates.ts';
import { text } from '../../common/table.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '620',
    definedIn: 'lac2022_23',
    message:
      'Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of ' +
      'age.',
    affectedFields: ['DOB', 'MOTHER'],
    tables: ['Header'],
    validate(ctx) {
      if (!ctx.tables.Header) return undefined;
      const dob = dayCol(ctx, 'Header', 'DOB');
      const mother = column(ctx, 'Header', 'MOTHER');
      const start = ctx.meta.collectionStart;
      return {
        Header: flagWhere(rowCount(ctx, 'Header'), (i) => {
          const born = dob[i] ?? null;
          return text(mother[i]) === '1' && born !== null && plusYears(born, 11) > start;
        }),
      };
    },
  }),
];
