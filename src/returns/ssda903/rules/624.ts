// MC_DOB recorded last year for the child must be repeated unchanged this year.

import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { childOf, rowsByChild, rowsOf, sameDate } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '624',
    definedIn: 'lac2022_23',
    message:
      'Date of birth of the first child contradicts the date of birth of the first child previously ' +
      'recorded.',
    affectedFields: ['MC_DOB'],
    tables: ['Header', 'Header_last'],
    validate(ctx) {
      if (!ctx.tables.Header || !ctx.tables.Header_last) return undefined;
      const mcDob = column(ctx, 'Header', 'MC_DOB');
      const mcDobLast = column(ctx, 'Header_last', 'MC_DOB');
      const childOfRow = childOf(ctx, 'Header');
      const lastByChild = rowsByChild(ctx, 'Header_last');
      return {
        Header: flagWhere(rowCount(ctx, 'Header'), (i) =>
          rowsOf(lastByChild, childOfRow[i]).some((j) => {
            const before = mcDobLast[j] ?? null;
            return before !== null && !sameDate(mcDob[i] ?? null, before);
          }),
        ),
      };
    },
  }),
];
