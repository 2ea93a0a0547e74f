// A DATE_PLACED repeated from last year must not belong to a decision that had already ceased then.

import { cell, childOf, flagRows, present, rowsByChild, rowsOf, sameDate } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '561',
    definedIn: 'lac2022_23',
    message:
      'Date of the decision that the child should be placed for adoption this year is the same as that ' +
      'recorded last year but records show that the decision changed, and the child should no longer be ' +
      'placed for adoption last year.',
    affectedFields: ['DATE_PLACED'],
    tables: ['PlacedAdoption', 'PlacedAdoption_last'],
    validate(ctx) {
      const { PlacedAdoption: pa, PlacedAdoption_last: paLast } = ctx.tables;
      if (!pa || !paLast) return undefined;
      const childOfRow = childOf(ctx, 'PlacedAdoption');
      const lastByChild = rowsByChild(ctx, 'PlacedAdoption_last');
      return {
        PlacedAdoption: flagRows(pa, (row, i) =>
          rowsOf(lastByChild, childOfRow[i]).some((j) => {
            const before = paLast.rows[j];
            const ceased = present(before, 'DATE_PLACED_CEASED') || present(before, 'REASON_PLACED_CEASED');
            return ceased && sameDate(cell(row, 'DATE_PLACED'), cell(before, 'DATE_PLACED'));
          }),
        ),
      };
    },
  }),
];
