// When last year's decision had ceased (DATE_PLACED_CEASED or REASON_PLACED_CEASED given), this
// year's DATE_PLACED must be a new decision: given, and after last year's DATE_PLACED.

import { childOf, dayCol, flagRows, present, rowsByChild, rowsOf } from '../lib/shared-c.ts';
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
      const { PlacedAdoption: pa, PlacedAdoption_last: paLast } = ctx.tables;
      if (!pa || !paLast) return undefined;
      const placed = dayCol(ctx, 'PlacedAdoption', 'DATE_PLACED');
      const placedLast = dayCol(ctx, 'PlacedAdoption_last', 'DATE_PLACED');
      const childOfRow = childOf(ctx, 'PlacedAdoption');
      const lastByChild = rowsByChild(ctx, 'PlacedAdoption_last');
      return {
        PlacedAdoption: flagRows(pa, (row, i) => {
          const p = placed[i] ?? null;
          return rowsOf(lastByChild, childOfRow[i]).some((j) => {
            const before = paLast.rows[j];
            if (!present(before, 'DATE_PLACED_CEASED') && !present(before, 'REASON_PLACED_CEASED'))
              return false;
            if (!present(row, 'DATE_PLACED')) return true;
            const pl = placedLast[j] ?? null;
            return p !== null && pl !== null && p <= pl;
          });
        }),
      };
    },
  }),
];
