// The latest decision to place for adoption (DATE_PLACED) must not be after the first adoptive
// placement (earliest DECOM of an A3-A6 episode).

import { column, isIn } from '../lib/frame.ts';
import { dayCol, latest, PLACED_FOR_ADOPTION, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '552',
    definedIn: 'lac2022_23',
    message:
      'Date of Decision to place a child for adoption should be on or prior to the date that the child ' +
      'was placed for adoption.',
    affectedFields: ['DATE_PLACED', 'DECOM'],
    tables: ['Episodes', 'PlacedAdoption'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.PlacedAdoption) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const place = column(ctx, 'Episodes', 'PLACE');
      const placed = dayCol(ctx, 'PlacedAdoption', 'DATE_PLACED');
      const paByChild = rowsByChild(ctx, 'PlacedAdoption');
      const episodes: number[] = [];
      const decisions: number[] = [];
      const byChild = rowsByChild(ctx, 'Episodes');
      for (let child = 0; child < byChild.length; child++) {
        const positions = byChild[child];
        if (!positions) continue;
        // The child's first adoptive placement (earliest dated A3-A6 episode).
        let first: number | null = null;
        for (const i of positions) {
          const d = decom[i] ?? null;
          if (d === null || !isIn(place[i], PLACED_FOR_ADOPTION)) continue;
          if (first === null || d < (decom[first] as number)) first = i;
        }
        const decision = latest(rowsOf(paByChild, child), placed);
        if (first === null || decision === null) continue;
        if ((decom[first] as number) < (placed[decision] as number)) {
          episodes.push(first);
          decisions.push(decision);
        }
      }
      return {
        Episodes: episodes.sort((a, b) => a - b),
        PlacedAdoption: decisions.sort((a, b) => a - b),
      };
    },
  }),
];
