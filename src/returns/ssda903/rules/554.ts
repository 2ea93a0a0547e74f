// DATE_PLACED must be on or before the start of the child's first placement order episode (LS E1).

import { column } from '../lib/frame.ts';
import { dayCol, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '554',
    definedIn: 'lac2022_23',
    message:
      'Date of decision that the child should be placed for adoption should be on or prior to the date ' +
      'that the placement order was granted. [NOTE: This rule may result in false positives or false ' +
      'negatives if relevant episodes are in previous years; please check carefully!]',
    affectedFields: ['DATE_PLACED', 'DECOM', 'LS'],
    tables: ['Episodes', 'PlacedAdoption'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.PlacedAdoption) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const ls = column(ctx, 'Episodes', 'LS');
      const placed = dayCol(ctx, 'PlacedAdoption', 'DATE_PLACED');
      const paByChild = rowsByChild(ctx, 'PlacedAdoption');
      const episodes: number[] = [];
      const decisions = new Set<number>();
      const byChild = rowsByChild(ctx, 'Episodes');
      for (let child = 0; child < byChild.length; child++) {
        const positions = byChild[child];
        if (!positions) continue;
        // The child's first placement order episode (earliest dated LS E1 episode).
        let first: number | null = null;
        for (const i of positions) {
          const d = decom[i] ?? null;
          if (d === null || ls[i] !== 'E1') continue;
          if (first === null || d < (decom[first] as number)) first = i;
        }
        if (first === null) continue;
        const start = decom[first] as number;
        let bad = false;
        for (const j of rowsOf(paByChild, child)) {
          const p = placed[j] ?? null;
          if (p !== null && p > start) {
            bad = true;
            decisions.add(j);
          }
        }
        if (bad) episodes.push(first);
      }
      return {
        Episodes: episodes.sort((a, b) => a - b),
        PlacedAdoption: [...decisions].sort((a, b) => a - b),
      };
    },
  }),
];
