// PLACE must be one of the placement codes Ofsted lists for the episode's URN (an unknown URN is flagged).
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { cell, codeSet, providersByUrn } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  const providers = providersByUrn(ctx);
  if (!ctx.tables.Episodes || !providers) return undefined;
  const urns = column(ctx, 'Episodes', 'URN');
  const places = column(ctx, 'Episodes', 'PLACE');
  return {
    Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
      const urn = urns[i] ?? null;
      if (urn === null || urn === 'XXXXXXX') return false;
      const place = places[i] ?? null;
      const known = providers.get(urn.trim()) ?? [];
      if (known.length === 0) return true;
      return known.some((p) => {
        const codes = cell(p, 'PLACE_CODES');
        return place === null || codes === null || !codeSet(codes).has(place);
      });
    }),
  };
}

export const versions = [
  defineRule({
    code: '219',
    definedIn: 'lac2022_23',
    message:
      "The Ofsted Unique reference number (URN) provided for the child's placement does not match the " +
      'placement type recorded.',
    affectedFields: ['URN', 'PLACE'],
    tables: ['Episodes'],
    validate: check,
  }),
];
