import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

const CODES = new Set([
  'ALLEG',
  'APPRR',
  'CARPL',
  'CHILD',
  'CLOSE',
  'CREQB',
  'CREQO',
  'CUSTOD',
  'LAREQ',
  'OTHER',
  'PLACE',
  'STAND',
]);

export const versions = [
  defineRule({
    code: '1009',
    definedIn: 'lac2022_23',
    message: 'Reason for placement change is not a valid code.',
    affectedFields: ['REASON_PLACE_CHANGE'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const reasons = column(ctx, 'Episodes', 'REASON_PLACE_CHANGE');
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
          const v = reasons[i] ?? null;
          return v !== null && !CODES.has(v);
        }),
      };
    },
  }),
];
