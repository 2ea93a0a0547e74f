// An episode placed for adoption (A3-A6) needs a PlacedAdoption DATE_PLACED for the child.

import {
  childOf,
  flagRows,
  oneOf,
  PLACED_FOR_ADOPTION,
  present,
  rowsByChild,
  rowsOf,
} from '../lib/shared-c.ts';
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
      const { Episodes: eps, PlacedAdoption: pa } = ctx.tables;
      if (!eps || !pa) return undefined;
      const childOfEpisode = childOf(ctx, 'Episodes');
      const paByChild = rowsByChild(ctx, 'PlacedAdoption');
      return {
        Episodes: flagRows(eps, (row, i) => {
          if (!oneOf(row, 'PLACE', PLACED_FOR_ADOPTION)) return false;
          const decisions = rowsOf(paByChild, childOfEpisode[i]);
          return decisions.length === 0 || decisions.some((j) => !present(pa.rows[j], 'DATE_PLACED'));
        }),
      };
    },
  }),
];
