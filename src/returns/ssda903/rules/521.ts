// A placement for adoption (PLACE A3-A6) must not start before the AD1 DATE_INT decision.

import { column, isIn, rowCount } from '../lib/frame.ts';
import { childOf, dayCol, PLACED_FOR_ADOPTION, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '521',
    definedIn: 'lac2022_23',
    message:
      "Date of local authority's decision (LA) that adoption is in the best interests of the child (date " +
      'should be placed) must be on or prior to the date the child is placed for adoption.',
    affectedFields: ['PLACE', 'DECOM', 'DATE_INT'],
    tables: ['Episodes', 'AD1'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.AD1) return undefined;
      const place = column(ctx, 'Episodes', 'PLACE');
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const dateInt = dayCol(ctx, 'AD1', 'DATE_INT');
      const childOfEpisode = childOf(ctx, 'Episodes');
      const ad1ByChild = rowsByChild(ctx, 'AD1');
      const episodes: number[] = [];
      const ad1Rows = new Set<number>();
      const n = rowCount(ctx, 'Episodes');
      for (let i = 0; i < n; i++) {
        const placed = decom[i] ?? null;
        if (placed === null || !isIn(place[i], PLACED_FOR_ADOPTION)) continue;
        let bad = false;
        for (const j of rowsOf(ad1ByChild, childOfEpisode[i])) {
          const decided = dateInt[j] ?? null;
          if (decided !== null && decided > placed) {
            bad = true;
            ad1Rows.add(j);
          }
        }
        if (bad) episodes.push(i);
      }
      return { Episodes: episodes, AD1: [...ad1Rows].sort((a, b) => a - b) };
    },
  }),
];
