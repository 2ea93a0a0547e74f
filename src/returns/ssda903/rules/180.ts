// SDQ_SCORE, when given, must be a whole number from 0 to 40.
import { num } from '../../common/table.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC2) return undefined;
  const scores = column(ctx, 'OC2', 'SDQ_SCORE');
  return {
    OC2: flagWhere(rowCount(ctx, 'OC2'), (i) => {
      const raw = scores[i] ?? null;
      if (raw === null) return false;
      const n = num(raw);
      return n === null || !Number.isInteger(n) || n < 0 || n > 40;
    }),
  };
}

export const versions = [
  defineRule({
    code: '180',
    definedIn: 'lac2022_23',
    message: 'Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.',
    affectedFields: ['SDQ_SCORE'],
    tables: ['OC2'],
    validate: check,
  }),
];
