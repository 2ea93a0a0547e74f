// When last year's decision had ceased (DATE_PLACED_CEASED or REASON_PLACED_CEASED given), this
// year's DATE_PLACED must be a new decision: given, and after last year's DATE_PLACED.

import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { childOf, dayCol, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '584',
    definedIn: 'lac2022_23',
    message:
      'Date of decision that the child should be placed for adoption this year is different from that ' +
      'recorded last year, but the decision to placed the child for adoption changed and the child should ' +
      'no longer be placed for adoption.',
    affectedFields: ['DATE_PLACED'],
    tables: ['PlacedAdoption', 'PlacedAdoption_last'],
    validate(ctx) {
      if (!ctx.tables.PlacedAdoption || !ctx.tables.PlacedAdoption_last) return undefined;
      const placedGiven = column(ctx, 'PlacedAdoption', 'DATE_PLACED');
      const placed = dayCol(ctx, 'PlacedAdoption', 'DATE_PLACED');
      const placedLast = dayCol(ctx, 'PlacedAdoption_last', 'DATE_PLACED');
      const ceasedLast = column(ctx, 'PlacedAdoption_last', 'DATE_PLACED_CEASED');
      const reasonCeasedLast = column(ctx, 'PlacedAdoption_last', 'REASON_PLACED_CEASED');
      const childOfRow = childOf(ctx, 'PlacedAdoption');
      const lastByChild = rowsByChild(ctx, 'PlacedAdoption_last');
      return {
        PlacedAdoption: flagWhere(rowCount(ctx, 'PlacedAdoption'), (i) => {
          const p = placed[i] ?? null;
          return rowsOf(lastByChild, childOfRow[i]).some((j) => {
            if ((ceasedLast[j] ?? null) === null && (reasonCeasedLast[j] ?? null) === null) return false;
            if ((placedGiven[i] ?? null) === null) return true;
            const pl = placedLast[j] ?? null;
            return p !== null && pl !== null && p <= pl;
          });
        }),
      };
    },
  }),
];
