// A review with a date needs a valid participation code (PN0-PN7); a row with neither passes.
import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const CODES = new Set(['PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7']);

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Reviews) return undefined;
  const review = column(ctx, 'Reviews', 'REVIEW');
  const code = column(ctx, 'Reviews', 'REVIEW_CODE');
  return {
    Reviews: flagWhere(rowCount(ctx, 'Reviews'), (i) => {
      if ((review[i] ?? null) !== null) return !isIn(code[i], CODES);
      return (code[i] ?? null) !== null;
    }),
  };
}

export const versions = [
  defineRule({
    code: '167',
    definedIn: 'lac2022_23',
    message: 'Data entry for participation is invalid or blank.',
    affectedFields: ['REVIEW_CODE'],
    tables: ['Reviews'],
    validate: check,
  }),
];
