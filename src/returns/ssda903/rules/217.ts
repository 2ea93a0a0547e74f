// Episodes from 1 April 2015 placed for adoption with current foster carers (A3/A5) need RNE S, T or U.
import { isoToDay } from '../../../core/day.ts';
import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const FROM = isoToDay('2015-04-01') as number;
const PLACES = new Set(['A3', 'A5']);
const REASONS = new Set(['S', 'T', 'U']);

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Episodes) return undefined;
  const place = column(ctx, 'Episodes', 'PLACE');
  const rne = column(ctx, 'Episodes', 'RNE');
  const decom = dayCol(ctx, 'Episodes', 'DECOM');
  return {
    Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
      const d = decom[i] ?? null;
      return isIn(place[i], PLACES) && d !== null && d >= FROM && !isIn(rne[i], REASONS);
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
