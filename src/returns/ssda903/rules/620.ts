// A mother (MOTHER 1) must be at least 11 years old at the start of the collection year.
import { plusYears } from '../../common/dates.ts';
import { text } from '../../common/table.ts';
import { cell, dayCol, flagRows } from '../lib/shared-c.ts';
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
      const header = ctx.tables.Header;
      if (!header) return undefined;
      const dob = dayCol(ctx, 'Header', 'DOB');
      const start = ctx.meta.collectionStart;
      return {
        Header: flagRows(header, (row, i) => {
          const born = dob[i] ?? null;
          return text(cell(row, 'MOTHER')) === '1' && born !== null && plusYears(born, 11) > start;
        }),
      };
    },
  }),
];
