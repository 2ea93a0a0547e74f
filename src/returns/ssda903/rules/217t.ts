// A P2 placement must have ended by 28 October 2023 (open or later-ending P2 episodes are flagged).
import { isoToDay } from '../../../core/day.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const LAST_DAY = isoToDay('2023-10-28') as number;

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Episodes) return undefined;
  const place = column(ctx, 'Episodes', 'PLACE');
  const dec = dayCol(ctx, 'Episodes', 'DEC');
  return {
    Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
      const d = dec[i] ?? null;
      return place[i] === 'P2' && (d === null || d > LAST_DAY);
    }),
  };
}

export const versions = [
  defineRule({
    code: '217t',
    definedIn: 'lac2023_24',
    message: "Placement type 'P2' is not a valid placement type from 28 October 2023.",
    affectedFields: ['PLACE', 'DECOM'],
    tables: ['Episodes'],
    validate: check,
  }),
];
