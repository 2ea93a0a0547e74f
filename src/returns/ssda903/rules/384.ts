// A short-break episode (legal status V3 or V4) in a long-term foster placement (U1, U4).
import { rowCount } from '../lib/frame.ts';
import { col, flagWhere, isIn, V3_V4 } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const LONG_TERM_FOSTER = new Set(['U1', 'U4']);

export const versions = [
  defineRule({
    code: '384',
    definedIn: 'lac2022_23',
    message: 'A child receiving respite care cannot be in a long-term foster placement',
    affectedFields: ['PLACE', 'LS'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const ls = col(ctx, 'Episodes', 'LS');
      const place = col(ctx, 'Episodes', 'PLACE');
      return {
        Episodes: flagWhere(
          rowCount(ctx, 'Episodes'),
          (i) => isIn(ls[i], V3_V4) && isIn(place[i], LONG_TERM_FOSTER),
        ),
      };
    },
  }),
];
