// A child's decisions to place for adoption, in DATE_PLACED order, must each follow the previous
// one's DATE_PLACED_CEASED (which must be given).

import { dayCol, rowsByChild } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '579',
    definedIn: 'lac2022_23',
    message:
      'A new decision that the child should be placed for adoption this year cannot start when the ' +
      'previous decision is still open. Decisions to place the child for adoption should also not ' +
      'overlap. The date of any new decision to place the child for adoption must not be before the date ' +
      'placed ceased of previous decisions.',
    affectedFields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
    tables: ['PlacedAdoption'],
    validate(ctx) {
      if (!ctx.tables.PlacedAdoption) return undefined;
      const placed = dayCol(ctx, 'PlacedAdoption', 'DATE_PLACED');
      const ceased = dayCol(ctx, 'PlacedAdoption', 'DATE_PLACED_CEASED');
      const flagged: number[] = [];
      for (const positions of rowsByChild(ctx, 'PlacedAdoption')) {
        if (!positions || positions.length < 2) continue;
        const ordered = [...positions].sort((a, b) => {
          const da = placed[a] ?? null;
          const db = placed[b] ?? null;
          if (da === null) return db === null ? a - b : 1;
          if (db === null) return -1;
          return da - db || a - b;
        });
        for (let k = 1; k < ordered.length; k++) {
          const i = ordered[k] as number;
          const previousCeased = ceased[ordered[k - 1] as number] ?? null;
          const p = placed[i] ?? null;
          if (previousCeased === null || (p !== null && p < previousCeased)) flagged.push(i);
        }
      }
      return { PlacedAdoption: flagged.sort((a, b) => a - b) };
    },
  }),
];
