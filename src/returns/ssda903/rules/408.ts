// A placement for adoption under a placement order (A5, A6) needs legal status E1 (placement order).
import { rowCount } from '../lib/frame.ts';
import { col, flagWhere, isIn } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const UNDER_PLACEMENT_ORDER = new Set(['A5', 'A6']);

export const versions = [
  defineRule({
    code: '408',
    definedIn: 'lac2022_23',
    message: 'Child is placed for adoption with a placement order, but no placement order has been recorded.',
    affectedFields: ['PLACE', 'LS'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const place = col(ctx, 'Episodes', 'PLACE');
      const ls = col(ctx, 'Episodes', 'LS');
      return {
        Episodes: flagWhere(
          rowCount(ctx, 'Episodes'),
          (i) => isIn(place[i], UNDER_PLACEMENT_ORDER) && ls[i] !== 'E1',
        ),
      };
    },
  }),
];
