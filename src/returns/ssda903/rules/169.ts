// PL_LA (derived from PL_POST) must be known for every episode other than a short break (LS V3/V4).
import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const SHORT_BREAK = new Set(['V3', 'V4']);

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Episodes) return undefined;
  const ls = column(ctx, 'Episodes', 'LS');
  const la = column(ctx, 'Episodes', 'PL_LA');
  return {
    Episodes: flagWhere(
      rowCount(ctx, 'Episodes'),
      (i) => !isIn(ls[i], SHORT_BREAK) && (la[i] ?? null) === null,
    ),
  };
}

export const versions = [
  defineRule({
    code: '169',
    definedIn: 'lac2022_23',
    message:
      'Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode ' +
      'has been entered.',
    affectedFields: ['PL_LA'],
    tables: ['Episodes'],
    validate: check,
  }),
];
