// PLACE_PROVIDER must be blank for placement types that have no provider (T0-T4, and Z11-Z14 from 2025/26).
import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const TEMPORARY = ['T0', 'T1', 'T2', 'T3', 'T4'];

function noProvider(places: readonly string[]) {
  const set = new Set(places);
  return (ctx: Context903): Flags903 | undefined => {
    if (!ctx.tables.Episodes) return undefined;
    const place = column(ctx, 'Episodes', 'PLACE');
    const provider = column(ctx, 'Episodes', 'PLACE_PROVIDER');
    return {
      Episodes: flagWhere(
        rowCount(ctx, 'Episodes'),
        (i) => isIn(place[i], set) && (provider[i] ?? null) !== null,
      ),
    };
  };
}

export const versions = [
  defineRule({
    code: '213',
    definedIn: 'lac2022_23',
    message: 'Placement provider information not required.',
    affectedFields: ['PLACE_PROVIDER'],
    tables: ['Episodes'],
    validate: noProvider(TEMPORARY),
  }),
  defineRule({
    code: '213',
    definedIn: 'lac2025_26',
    message: 'Placement provider information not required.',
    affectedFields: ['PLACE_PROVIDER'],
    tables: ['Episodes'],
    validate: noProvider([...TEMPORARY, 'Z11', 'Z12', 'Z13', 'Z14']),
  }),
];
