// Short breaks (LS V3/V4) must not record PL_POST or URN.
import { flagRows, oneOf, present } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const SHORT_BREAK = new Set(['V3', 'V4']);

function check(ctx: Context903): Flags903 | undefined {
  const eps = ctx.tables.Episodes;
  if (!eps) return undefined;
  return {
    Episodes: flagRows(
      eps,
      (r) => oneOf(r, 'LS', SHORT_BREAK) && (present(r, 'PL_POST') || present(r, 'URN')),
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
