// Short breaks (LS V3/V4) must not record PL_POST or URN.
import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const SHORT_BREAK = new Set(['V3', 'V4']);

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Episodes) return undefined;
  const ls = column(ctx, 'Episodes', 'LS');
  const postcode = column(ctx, 'Episodes', 'PL_POST');
  const urn = column(ctx, 'Episodes', 'URN');
  return {
    Episodes: flagWhere(
      rowCount(ctx, 'Episodes'),
      (i) => isIn(ls[i], SHORT_BREAK) && ((postcode[i] ?? null) !== null || (urn[i] ?? null) !== null),
    ),
  };
}

export const versions = [
  defineRule({
    code: '214',
    definedIn: 'lac2022_23',
    message: 'Placement location information not required.',
    affectedFields: ['PL_POST', 'URN'],
    tables: ['Episodes'],
    validate: check,
  }),
];
