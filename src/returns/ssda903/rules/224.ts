// PLACE_PROVIDER must be one of Ofsted's provider codes for the episode's URN (an unknown URN is flagged).
import { cell, codeSet, flagRows, providersByUrn } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  const eps = ctx.tables.Episodes;
  const providers = providersByUrn(ctx);
  if (!eps || !providers) return undefined;
  return {
    Episodes: flagRows(eps, (r) => {
      const urn = cell(r, 'URN');
      if (urn === null || urn === 'XXXXXXX') return false;
      const provider = cell(r, 'PLACE_PROVIDER');
      const known = providers.get(urn.trim()) ?? [];
      if (known.length === 0) return true;
      return known.some((p) => {
        const codes = cell(p, 'PROVIDER_CODES');
        return provider === null || codes === null || !codeSet(codes).has(provider);
      });
    }),
  };
}

export const versions = [
  defineRule({
    code: '224',
    definedIn: 'lac2022_23',
    message:
      "The Ofsted Unique reference number (URN) provided for the child's placement does not match the " +
      'placement provider recorded.',
    affectedFields: ['PLACE_PROVIDER'],
    tables: ['Episodes'],
    validate: check,
  }),
];
