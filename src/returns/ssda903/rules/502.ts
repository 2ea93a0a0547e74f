// Last year's open episode(s) must start on the same date as this year's first episode.

import { column } from '../lib/frame.ts';
import { dayCol, earliest, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '502',
    definedIn: 'lac2022_23',
    message:
      "Last year's record ended with an open episode. The date on which that episode started does not " +
      'match the start date of the first episode on this year’s record.',
    affectedFields: ['DECOM'],
    tables: ['Episodes', 'Episodes_last'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Episodes_last) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const decomLast = dayCol(ctx, 'Episodes_last', 'DECOM');
      const decLast = column(ctx, 'Episodes_last', 'DEC');
      const lastByChild = rowsByChild(ctx, 'Episodes_last');
      const flagged: number[] = [];
      const byChild = rowsByChild(ctx, 'Episodes');
      for (let child = 0; child < byChild.length; child++) {
        const positions = byChild[child];
        if (!positions) continue;
        const first = earliest(positions, decom);
        if (first === null) continue;
        const start = decom[first] ?? null;
        const mismatch = rowsOf(lastByChild, child).some((j) => {
          if ((decLast[j] ?? null) !== null) return false;
          const lastStart = decomLast[j] ?? null;
          return lastStart === null || lastStart !== start;
        });
        if (mismatch) flagged.push(first);
      }
      return { Episodes: flagged.sort((a, b) => a - b) };
    },
  }),
];
