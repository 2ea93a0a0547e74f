// An episode that continues the previous one (previous REC X1, DEC = this DECOM) keeps its CIN.

import { column } from '../lib/frame.ts';
import { dayCol, episodesInOrder } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '504',
    definedIn: 'lac2022_23',
    message:
      'The category of need code differs from that reported at start of current period of being looked ' +
      'after',
    affectedFields: ['CIN'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const rec = column(ctx, 'Episodes', 'REC');
      const cin = column(ctx, 'Episodes', 'CIN');
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const flagged: number[] = [];
      for (const ordered of episodesInOrder(ctx)) {
        if (!ordered) continue;
        for (let k = 1; k < ordered.length; k++) {
          const i = ordered[k] as number;
          const p = ordered[k - 1] as number;
          const start = decom[i] ?? null;
          if (start === null || dec[p] !== start) continue;
          if (rec[p] !== 'X1') continue;
          if ((cin[i] ?? null) !== (cin[p] ?? null)) flagged.push(i);
        }
      }
      return { Episodes: flagged.sort((a, b) => a - b) };
    },
  }),
];
