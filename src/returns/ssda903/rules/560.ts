// A decision still open last year (DATE_PLACED given, no DATE_PLACED_CEASED) must keep its DATE_PLACED.

import { cell, childOf, flagRows, present, rowsByChild, rowsOf, sameDate } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '560',
    definedIn: 'lac2022_23',
    message:
      'Date of decision that the child should be placed for adoption this year is different from that ' +
      'recorded last year but the decision to place the child for adoption did not change.',
    affectedFields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
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
            if (!present(before, 'DATE_PLACED') || present(before, 'DATE_PLACED_CEASED')) return false;
            return !sameDate(cell(row, 'DATE_PLACED'), cell(before, 'DATE_PLACED'));
          }),
        ),
      };
    },
  }),
];
