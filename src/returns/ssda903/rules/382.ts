// A short-break episode (legal status V3 or V4) in a temporary placement (T0-T4).
import { rowCount } from '../lib/frame.ts';
import { col, flagWhere, isIn, TEMPORARY, V3_V4 } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '382',
    definedIn: 'lac2022_23',
    message: 'A child receiving respite care cannot be in a temporary placement.',
    affectedFields: ['LS', 'PLACE'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const ls = col(ctx, 'Episodes', 'LS');
      const place = col(ctx, 'Episodes', 'PLACE');
      return {
        Episodes: flagWhere(
          rowCount(ctx, 'Episodes'),
          (i) => isIn(ls[i], V3_V4) && isIn(place[i], TEMPORARY),
        ),
      };
    },
  }),
];
