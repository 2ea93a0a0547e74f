// PLACE_PROVIDER, when given, must be PR0-PR5 and the placement type must be one that has a provider.
import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const PROVIDERS = new Set(['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5']);
const NO_PROVIDER_2022 = new Set(['T0', 'T1', 'T2', 'T3', 'T4', 'Z1']);
/** From 2025/26 (as the DfE rule lists them; T4 is left to rule 213). */
const NO_PROVIDER_2025 = new Set(['T0', 'T1', 'T2', 'T3', 'Z11', 'Z12', 'Z13', 'Z14']);

function provider(noProvider: ReadonlySet<string>) {
  return (ctx: Context903): Flags903 | undefined => {
    if (!ctx.tables.Episodes) return undefined;
    const providers = column(ctx, 'Episodes', 'PLACE_PROVIDER');
    const place = column(ctx, 'Episodes', 'PLACE');
    return {
      Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        const pp = providers[i] ?? null;
        return pp !== null && (!PROVIDERS.has(pp) || isIn(place[i], noProvider));
      }),
    };
  };
}

export const versions = [
  defineRule({
    code: '178',
    definedIn: 'lac2022_23',
    message: 'Placement provider code is not a valid code.',
    affectedFields: ['PLACE_PROVIDER'],
    tables: ['Episodes'],
    validate: provider(NO_PROVIDER_2022),
  }),
  defineRule({
    code: '178',
    definedIn: 'lac2025_26',
    message: 'Placement provider code is not a valid code.',
    affectedFields: ['PLACE_PROVIDER'],
    tables: ['Episodes'],
    validate: provider(NO_PROVIDER_2025),
  }),
];
