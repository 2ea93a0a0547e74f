// A P2 placement must have ended by 28 October 2023 (open or later-ending P2 episodes are flagged).
import { isoToDay } from '../../../core/day.ts';
import { cell, dayCol, flagRows } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const LAST_DAY = isoToDay('2023-10-28') as number;

function check(ctx: Context903): Flags903 | undefined {
  const eps = ctx.tables.Episodes;
  if (!eps) return undefined;
  const dec = dayCol(ctx, 'Episodes', 'DEC');
  return {
    Episodes: flagRows(eps, (r, i) => {
      const d = dec[i] ?? null;
      return cell(r, 'PLACE') === 'P2' && (d === null || d > LAST_DAY);
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
