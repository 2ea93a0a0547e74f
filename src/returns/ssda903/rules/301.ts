// Date of birth after the end of the collection year.
import { at, dayCol, flagWhere } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '301',
    definedIn: 'lac2022_23',
    message: 'Date of birth falls after the year ended.',
    affectedFields: ['DOB'],
    tables: ['Header'],
    validate(ctx) {
      const header = ctx.tables.Header;
      if (!header) return undefined;
      const dob = dayCol(ctx, 'Header', 'DOB');
      const end = ctx.meta.collectionEnd;
      return { Header: flagWhere(header.rows.length, (i) => (at(dob, i) ?? end) > end) };
    },
  }),
];
