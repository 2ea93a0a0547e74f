// An episode placed for adoption (A3-A6) needs a PlacedAdoption DATE_PLACED for the child.

import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { childOf, PLACED_FOR_ADOPTION, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '551',
    definedIn: 'lac2022_23',
    message:
      'Child has been placed for adoption but there is no date of the decision that the child should be ' +
      'placed for adoption.',
    affectedFields: ['DATE_PLACED', 'PLACE'],
    tables: ['Episodes', 'PlacedAdoption'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.PlacedAdoption) return undefined;
      const place = column(ctx, 'Episodes', 'PLACE');
      const datePlaced = column(ctx, 'PlacedAdoption', 'DATE_PLACED');
      const childOfEpisode = childOf(ctx, 'Episodes');
      const paByChild = rowsByChild(ctx, 'PlacedAdoption');
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
          if (!isIn(place[i], PLACED_FOR_ADOPTION)) return false;
          const decisions = rowsOf(paByChild, childOfEpisode[i]);
          return decisions.length === 0 || decisions.some((j) => (datePlaced[j] ?? null) === null);
        }),
      };
    },
  }),
];
