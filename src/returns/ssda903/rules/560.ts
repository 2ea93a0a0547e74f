// A decision still open last year (DATE_PLACED given, no DATE_PLACED_CEASED) must keep its DATE_PLACED.

import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { childOf, rowsByChild, rowsOf, sameDate } from '../lib/shared-c.ts';
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
      if (!ctx.tables.PlacedAdoption || !ctx.tables.PlacedAdoption_last) return undefined;
      const placed = column(ctx, 'PlacedAdoption', 'DATE_PLACED');
      const placedLast = column(ctx, 'PlacedAdoption_last', 'DATE_PLACED');
      const ceasedLast = column(ctx, 'PlacedAdoption_last', 'DATE_PLACED_CEASED');
      const childOfRow = childOf(ctx, 'PlacedAdoption');
      const lastByChild = rowsByChild(ctx, 'PlacedAdoption_last');
      return {
        PlacedAdoption: flagWhere(rowCount(ctx, 'PlacedAdoption'), (i) =>
          rowsOf(lastByChild, childOfRow[i]).some((j) => {
            const before = placedLast[j] ?? null;
            if (before === null || (ceasedLast[j] ?? null) !== null) return false;
            return !sameDate(placed[i] ?? null, before);
          }),
        ),
      };
    },
  }),
];
