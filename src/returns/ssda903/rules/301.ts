// Date of birth after the end of the collection year.
import { rowCount } from '../lib/frame.ts';
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
      if (!ctx.tables.Header) return undefined;
      const dob = dayCol(ctx, 'Header', 'DOB');
      const end = ctx.meta.collectionEnd;
      return { Header: flagWhere(rowCount(ctx, 'Header'), (i) => (at(dob, i) ?? end) > end) };
    },
  }),
];
