// A short-break episode (legal status V3 or V4) with a placement LA recorded.
import { rowCount } from '../lib/frame.ts';
import { col, flagWhere, isIn, present, V3_V4 } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '420',
    definedIn: 'lac2022_23',
    message: 'LA of placement completed but child is looked after under legal status V3 or V4.',
    affectedFields: ['PL_LA'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const ls = col(ctx, 'Episodes', 'LS');
      const placeLa = col(ctx, 'Episodes', 'PL_LA');
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => isIn(ls[i], V3_V4) && present(placeLa[i])),
      };
    },
  }),
];
