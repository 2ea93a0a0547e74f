import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

const CODES = new Set(['P1', 'P2', 'P3', 'P4', 'Z1']);

export const versions = [
  defineRule({
    code: '631',
    definedIn: 'lac2022_23',
    message: 'Previous permanence option not a valid value.',
    affectedFields: ['PREV_PERM'],
    tables: ['PrevPerm'],
    validate(ctx) {
      if (!ctx.tables.PrevPerm) return undefined;
      const prevPerm = column(ctx, 'PrevPerm', 'PREV_PERM');
      return {
        PrevPerm: flagWhere(rowCount(ctx, 'PrevPerm'), (i) => {
          const v = prevPerm[i] ?? null;
          return v !== null && !CODES.has(v);
        }),
      };
    },
  }),
];
