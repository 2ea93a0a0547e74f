// A DATE_PLACED before this collection year must also appear in last year's return.

import { flagWhere, rowCount } from '../lib/frame.ts';
import { childOf, dayCol, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '559',
    definedIn: 'lac2022_23',
    message:
      'Date of decision that a child should be placed for adoption was not in the current year but the ' +
      'date of the decision that the child should be placed for adoption was not completed in a previous ' +
      'return.',
    affectedFields: ['DATE_PLACED'],
    tables: ['PlacedAdoption', 'PlacedAdoption_last'],
    validate(ctx) {
      if (!ctx.tables.PlacedAdoption || !ctx.tables.PlacedAdoption_last) return undefined;
      const placed = dayCol(ctx, 'PlacedAdoption', 'DATE_PLACED');
      const placedLast = dayCol(ctx, 'PlacedAdoption_last', 'DATE_PLACED');
      const childOfRow = childOf(ctx, 'PlacedAdoption');
      const lastByChild = rowsByChild(ctx, 'PlacedAdoption_last');
      const start = ctx.meta.collectionStart;
      return {
        PlacedAdoption: flagWhere(rowCount(ctx, 'PlacedAdoption'), (i) => {
          const p = placed[i] ?? null;
          if (p === null || p >= start) return false;
          const before = rowsOf(lastByChild, childOfRow[i]);
          return before.length === 0 || before.some((j) => (placedLast[j] ?? null) === null);
        }),
      };
    },
  }),
];
