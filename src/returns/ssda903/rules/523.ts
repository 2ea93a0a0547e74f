// For a child in both tables, PlacedAdoption DATE_PLACED and AD1 DATE_INT must be the same date.

import { dayCol, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '523',
    definedIn: 'lac2022_23',
    message:
      'Date of decision that the child should be placed for adoption should be the same date as the ' +
      'decision that adoption is in the best interest (date should be placed).',
    affectedFields: ['DATE_PLACED', 'DATE_INT'],
    tables: ['PlacedAdoption', 'AD1'],
    validate(ctx) {
      const { PlacedAdoption: pa, AD1: ad1 } = ctx.tables;
      if (!pa || !ad1) return undefined;
      const placed = dayCol(ctx, 'PlacedAdoption', 'DATE_PLACED');
      const dateInt = dayCol(ctx, 'AD1', 'DATE_INT');
      const ad1ByChild = rowsByChild(ctx, 'AD1');
      const paRows = new Set<number>();
      const ad1Rows = new Set<number>();
      const byChild = rowsByChild(ctx, 'PlacedAdoption');
      for (let child = 0; child < byChild.length; child++) {
        const positions = byChild[child];
        if (!positions) continue;
        for (const i of positions) {
          const p = placed[i] ?? null;
          if (p === null) continue;
          for (const j of rowsOf(ad1ByChild, child)) {
            const d = dateInt[j] ?? null;
            if (d !== null && d !== p) {
              paRows.add(i);
              ad1Rows.add(j);
            }
          }
        }
      }
      return {
        PlacedAdoption: [...paRows].sort((a, b) => a - b),
        AD1: [...ad1Rows].sort((a, b) => a - b),
      };
    },
  }),
];
