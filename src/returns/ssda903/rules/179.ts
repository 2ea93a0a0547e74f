// PL_LOCATION (derived from PL_POST) must be known for every episode other than a short break (LS V3/V4).
import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const SHORT_BREAK = new Set(['V3', 'V4']);

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Episodes) return undefined;
  const ls = column(ctx, 'Episodes', 'LS');
  const location = column(ctx, 'Episodes', 'PL_LOCATION');
  return {
    Episodes: flagWhere(
      rowCount(ctx, 'Episodes'),
      (i) => !isIn(ls[i], SHORT_BREAK) && (location[i] ?? null) === null,
    ),
  };
}

export const versions = [
  defineRule({
    code: '179',
    definedIn: 'lac2022_23',
    message: 'Placement location code is not a valid code.',
    affectedFields: ['PL_LOCATION'],
    tables: ['Episodes'],
    validate: check,
  }),
];
