// DATE_PLACED must be on or before the start of each freeing order episode (LS D1).

import { cell, childOf, dayCol, flagRows, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '556',
    definedIn: 'lac2022_23',
    message:
      'Date of decision that the child should be placed for adoption should be on or prior to the date ' +
      'that the freeing order was granted.',
    affectedFields: ['DATE_PLACED', 'DECOM'],
    tables: ['Episodes', 'PlacedAdoption'],
    validate(ctx) {
      const { Episodes: eps, PlacedAdoption: pa } = ctx.tables;
      if (!eps || !pa) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const placed = dayCol(ctx, 'PlacedAdoption', 'DATE_PLACED');
      const childOfEpisode = childOf(ctx, 'Episodes');
      const paByChild = rowsByChild(ctx, 'PlacedAdoption');
      return {
        Episodes: flagRows(eps, (row, i) => {
          const start = decom[i] ?? null;
          if (cell(row, 'LS') !== 'D1' || start === null) return false;
          return rowsOf(paByChild, childOfEpisode[i]).some((j) => {
            const p = placed[j] ?? null;
            return p !== null && p > start;
          });
        }),
      };
    },
  }),
];
