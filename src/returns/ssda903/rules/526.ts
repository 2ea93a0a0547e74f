// Every episode except temporary (T0-T4) and "other" (Z1, later Z11-Z14) placements needs a provider.
import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule } from '../rule.ts';

const NO_PROVIDER_2023: ReadonlySet<string> = new Set(['T0', 'T1', 'T2', 'T3', 'T4', 'Z1']);
const NO_PROVIDER_2026: ReadonlySet<string> = new Set([
  'T0',
  'T1',
  'T2',
  'T3',
  'T4',
  'Z11',
  'Z12',
  'Z13',
  'Z14',
]);

function missingProvider(ctx: Context903, exempt: ReadonlySet<string>): number[] {
  const place = column(ctx, 'Episodes', 'PLACE');
  const provider = column(ctx, 'Episodes', 'PLACE_PROVIDER');
  return flagWhere(
    rowCount(ctx, 'Episodes'),
    (i) => !isIn(place[i], exempt) && (provider[i] ?? null) === null,
  );
}

export const versions = [
  defineRule({
    code: '526',
    definedIn: 'lac2022_23',
    message: 'Child is missing a placement provider code for at least one episode.',
    affectedFields: ['PLACE', 'PLACE_PROVIDER'],
    tables: ['Episodes'],
    validate: (ctx) =>
      ctx.tables.Episodes ? { Episodes: missingProvider(ctx, NO_PROVIDER_2023) } : undefined,
  }),
  defineRule({
    code: '526',
    definedIn: 'lac2025_26',
    message: 'Child is missing a placement provider code for at least one episode.',
    affectedFields: ['PLACE', 'PLACE_PROVIDER'],
    tables: ['Episodes'],
    validate: (ctx) =>
      ctx.tables.Episodes ? { Episodes: missingProvider(ctx, NO_PROVIDER_2026) } : undefined,
  }),
];
