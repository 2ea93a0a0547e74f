// Only a child's latest decision to place for adoption may lack DATE_PLACED_CEASED.

import { column } from '../lib/frame.ts';
import { dayCol, rowsByChild } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '583',
    definedIn: 'lac2022_23',
    message:
      'More than one date the child should be placed for adoption has been reported, but an earlier ' +
      'decision has not been revoked. Check that both dates are required and add in the date the earlier ' +
      'decision was revoked. Note this may be in a previous year.',
    affectedFields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
    tables: ['PlacedAdoption'],
    validate(ctx) {
      if (!ctx.tables.PlacedAdoption) return undefined;
      const placed = dayCol(ctx, 'PlacedAdoption', 'DATE_PLACED');
      const ceased = column(ctx, 'PlacedAdoption', 'DATE_PLACED_CEASED');
      const flagged: number[] = [];
      for (const positions of rowsByChild(ctx, 'PlacedAdoption')) {
        if (!positions) continue;
        // The latest decision: the greatest DATE_PLACED (an undated one only if nothing is dated).
        let newest = positions[0] as number;
        for (const i of positions) {
          const d = placed[i] ?? null;
          const best = placed[newest] ?? null;
          if (d !== null && (best === null || d > best)) newest = i;
        }
        for (const i of positions) {
          if (i !== newest && (ceased[i] ?? null) === null) flagged.push(i);
        }
      }
      return { PlacedAdoption: flagged.sort((a, b) => a - b) };
    },
  }),
];
