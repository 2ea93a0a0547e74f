// PR1 (own provision) needs a provider in the council's own area and PR2 (other LA) one outside it,
// going by the LA inferred from the Ofsted provider's postcode. Not checked when the council is unknown.
import { type Table, text } from '../../common/table.ts';
import { rowCount } from '../lib/frame.ts';
import { cell, col, flagWhere } from '../lib/shared-b.ts';
import { type Context903, defineRule, memo } from '../rule.ts';

/** Each URN's inferred LA codes (null when the lookup has none). */
function providerLas(ctx: Context903, info: Table): ReadonlyMap<string, (string | null)[]> {
  return memo(ctx, 'b:provider:la', () => {
    const out = new Map<string, (string | null)[]>();
    for (const row of info.rows) {
      const urn = text(cell(row, 'URN'));
      if (urn === null) continue;
      const la = text(cell(row, 'LA_CODE_INFERRED'));
      const list = out.get(urn);
      if (list) list.push(la);
      else out.set(urn, [la]);
    }
    return out;
  });
}

// A URN missing from the lookup counts as a provider whose LA is not known.
const NOT_KNOWN: readonly (string | null)[] = [null];

export const versions = [
  defineRule({
    code: '229',
    definedIn: 'lac2022_23',
    message:
      'Placement provider does not match between the placing authority and the local authority ' +
      "code of the provider. [NOTE: The provider's LA code is inferred from the its postcode, and " +
      'may be inaccurate in some cases.]',
    affectedFields: ['URN', 'PLACE_PROVIDER'],
    tables: ['Episodes'],
    validate(ctx) {
      const info = ctx.meta.providerInfo;
      if (!ctx.tables.Episodes || !info) return undefined;
      const la = ctx.meta.localAuthority;
      if (la === null) return { Episodes: [] };
      const las = providerLas(ctx, info);
      const urns = col(ctx, 'Episodes', 'URN');
      const provider = col(ctx, 'Episodes', 'PLACE_PROVIDER');
      const flagged = flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        const urn = text(urns[i]);
        if (urn === null || urn === 'XXXXXXX') return false;
        const codes = las.get(urn) ?? NOT_KNOWN;
        if (provider[i] === 'PR1') return codes.some((c) => c !== la);
        if (provider[i] === 'PR2') return codes.some((c) => c === la);
        return false;
      });
      return { Episodes: flagged };
    },
  }),
];
