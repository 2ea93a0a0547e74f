// DATE_PLACED must be on or before the start of each freeing order episode (LS D1).

import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { childOf, dayCol, rowsByChild, rowsOf } from '../lib/shared-c.ts';
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
      if (!ctx.tables.Episodes || !ctx.tables.PlacedAdoption) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const ls = column(ctx, 'Episodes', 'LS');
      const placed = dayCol(ctx, 'PlacedAdoption', 'DATE_PLACED');
      const childOfEpisode = childOf(ctx, 'Episodes');
      const paByChild = rowsByChild(ctx, 'PlacedAdoption');
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
          const start = decom[i] ?? null;
          if (ls[i] !== 'D1' || start === null) return false;
          return rowsOf(paByChild, childOfEpisode[i]).some((j) => {
            const p = placed[j] ?? null;
            return p !== null && p > start;
          });
        }),
      };
    },
  }),
];
