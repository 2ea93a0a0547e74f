// For an episode that ended in adoption (REC E11/E12), the child's date of matching with adopters
// must be on or before that episode started. Both the AD1 and the episode rows are flagged.
import { rowCount } from '../lib/frame.ts';
import { at, col, dayCol, isIn, joined, positions } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const ADOPTED = new Set(['E11', 'E12']);

export const versions = [
  defineRule({
    code: '331',
    definedIn: 'lac2022_23',
    message:
      'Date of matching child and adopter(s) should be the same as, or prior to, the date of ' +
      'placement of adoption.',
    affectedFields: ['DATE_MATCH', 'DECOM', 'REC'],
    tables: ['AD1', 'Episodes'],
    validate(ctx) {
      if (!ctx.tables.AD1 || !ctx.tables.Episodes) return undefined;
      const rec = col(ctx, 'Episodes', 'REC');
      const ad1 = joined(ctx, 'Episodes', 'AD1');
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const match = dayCol(ctx, 'AD1', 'DATE_MATCH');
      const n = rowCount(ctx, 'Episodes');
      const adFlagged: number[] = [];
      const epsFlagged: number[] = [];
      for (let i = 0; i < n; i++) {
        const start = at(decom, i);
        if (!isIn(rec[i], ADOPTED) || start === null) continue;
        for (const a of ad1[i] ?? []) {
          const matched = at(match, a);
          if (matched !== null && matched > start) {
            adFlagged.push(a);
            epsFlagged.push(i);
          }
        }
      }
      return { AD1: positions(adFlagged), Episodes: positions(epsFlagged) };
    },
  }),
];
