// A short-break episode (legal status V3 or V4) with a home or placement postcode given (the
// distance is derived from them).
import { rowCount } from '../lib/frame.ts';
import { col, flagWhere, isIn, present, V3_V4 } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '398',
    definedIn: 'lac2022_23',
    message: 'Distance field completed but child looked after under legal status V3 or V4.',
    affectedFields: ['LS', 'HOME_POST', 'PL_POST'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const ls = col(ctx, 'Episodes', 'LS');
      const home = col(ctx, 'Episodes', 'HOME_POST');
      const placement = col(ctx, 'Episodes', 'PL_POST');
      const flagged = flagWhere(
        rowCount(ctx, 'Episodes'),
        (i) => isIn(ls[i], V3_V4) && (present(home[i]) || present(placement[i])),
      );
      return { Episodes: flagged };
    },
  }),
];
