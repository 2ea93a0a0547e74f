// A missing period still open at the end of last year must be this year's first missing period
// (same MIS_START) for the child.

import { column } from '../lib/frame.ts';
import { dayCol, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '576',
    definedIn: 'lac2022_23',
    message:
      'There is an open missing/away from placement without authorisation period in last year’s return ' +
      'and there is no corresponding period recorded at the start of this year.',
    affectedFields: ['CHILD'],
    tables: ['Missing', 'Missing_last'],
    validate(ctx) {
      if (!ctx.tables.Missing || !ctx.tables.Missing_last) return undefined;
      const start = dayCol(ctx, 'Missing', 'MIS_START');
      const startLast = dayCol(ctx, 'Missing_last', 'MIS_START');
      const endLast = column(ctx, 'Missing_last', 'MIS_END');
      const lastByChild = rowsByChild(ctx, 'Missing_last');
      const flagged: number[] = [];
      const byChild = rowsByChild(ctx, 'Missing');
      for (let child = 0; child < byChild.length; child++) {
        const positions = byChild[child];
        const openedLastYear = rowsOf(lastByChild, child);
        if (!positions || openedLastYear.length === 0) continue;
        // The first period this year; an undated one counts as starting after every dated one.
        let first = positions[0] as number;
        for (const i of positions) {
          const d = start[i] ?? null;
          const best = start[first] ?? null;
          if (d !== null && (best === null || d < best)) first = i;
        }
        const firstStart = start[first] ?? null;
        const mismatch = openedLastYear.some((j) => {
          if ((endLast[j] ?? null) !== null) return false;
          const openedLast = startLast[j] ?? null;
          return openedLast !== null && openedLast !== firstStart;
        });
        if (mismatch) flagged.push(first);
      }
      return { Missing: flagged.sort((a, b) => a - b) };
    },
  }),
];
