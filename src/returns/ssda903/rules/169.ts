// PL_LA (derived from PL_POST) must be known for every episode other than a short break (LS V3/V4).
import { flagRows, oneOf, present } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const SHORT_BREAK = new Set(['V3', 'V4']);

function check(ctx: Context903): Flags903 | undefined {
  const eps = ctx.tables.Episodes;
  if (!eps) return undefined;
  return { Episodes: flagRows(eps, (r) => !oneOf(r, 'LS', SHORT_BREAK) && !present(r, 'PL_LA')) };
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
