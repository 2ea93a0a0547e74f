// A DATE_PLACED repeated from last year must not belong to a decision that had already ceased then.

import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { childOf, rowsByChild, rowsOf, sameDate } from '../lib/shared-c.ts';
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
      if (!ctx.tables.PlacedAdoption || !ctx.tables.PlacedAdoption_last) return undefined;
      const placed = column(ctx, 'PlacedAdoption', 'DATE_PLACED');
      const placedLast = column(ctx, 'PlacedAdoption_last', 'DATE_PLACED');
      const dateCeasedLast = column(ctx, 'PlacedAdoption_last', 'DATE_PLACED_CEASED');
      const reasonCeasedLast = column(ctx, 'PlacedAdoption_last', 'REASON_PLACED_CEASED');
      const childOfRow = childOf(ctx, 'PlacedAdoption');
      const lastByChild = rowsByChild(ctx, 'PlacedAdoption_last');
      return {
        PlacedAdoption: flagWhere(rowCount(ctx, 'PlacedAdoption'), (i) =>
          rowsOf(lastByChild, childOfRow[i]).some((j) => {
            const ceased = (dateCeasedLast[j] ?? null) !== null || (reasonCeasedLast[j] ?? null) !== null;
            return ceased && sameDate(placed[i] ?? null, placedLast[j] ?? null);
          }),
        ),
      };
    },
  }),
];
