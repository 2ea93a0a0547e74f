// MC_DOB recorded last year for the child must be repeated unchanged this year.

import { cell, childOf, flagRows, present, rowsByChild, rowsOf, sameDate } from '../lib/shared-c.ts';
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
      const { Header: header, Header_last: headerLast } = ctx.tables;
      if (!header || !headerLast) return undefined;
      const childOfRow = childOf(ctx, 'Header');
      const lastByChild = rowsByChild(ctx, 'Header_last');
      return {
        Header: flagRows(header, (row, i) =>
          rowsOf(lastByChild, childOfRow[i]).some((j) => {
            const before = cell(headerLast.rows[j], 'MC_DOB');
            return present(headerLast.rows[j], 'MC_DOB') && !sameDate(cell(row, 'MC_DOB'), before);
          }),
        ),
      };
    },
  }),
];
