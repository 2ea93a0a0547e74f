// Episodes from 1 April 2015 placed for adoption with current foster carers (A3/A5) need RNE S, T or U.
import { isoToDay } from '../../../core/day.ts';
import { dayCol, flagRows, oneOf } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const FROM = isoToDay('2015-04-01') as number;
const PLACES = new Set(['A3', 'A5']);
const REASONS = new Set(['S', 'T', 'U']);

function check(ctx: Context903): Flags903 | undefined {
  const eps = ctx.tables.Episodes;
  if (!eps) return undefined;
  const decom = dayCol(ctx, 'Episodes', 'DECOM');
  return {
    Episodes: flagRows(eps, (r, i) => {
      const d = decom[i] ?? null;
      return oneOf(r, 'PLACE', PLACES) && d !== null && d >= FROM && !oneOf(r, 'RNE', REASONS);
    }),
  };
}

export const versions = [
  defineRule({
    code: '217',
    definedIn: 'lac2022_23',
    message:
      'Children who are placed for adoption with current foster carers (placement types A3 or A5) ' +
      'must have a reason for new episode of S, T or U.',
    affectedFields: ['PLACE', 'DECOM', 'RNE'],
    tables: ['Episodes'],
    validate: check,
  }),
];
