// For Ofsted-registered placements (not short breaks), PL_POST must match Ofsted's postcode for the URN.
import { cell, flagRows, oneOf, present, providersByUrn } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const SHORT_BREAK = new Set(['V3', 'V4']);

function postcodeMatches(places: readonly string[]) {
  const placeSet = new Set(places);
  return (ctx: Context903): Flags903 | undefined => {
    const eps = ctx.tables.Episodes;
    const providers = providersByUrn(ctx);
    if (!eps || !providers) return undefined;
    return {
      Episodes: flagRows(eps, (r) => {
        const urn = cell(r, 'URN');
        const postcode = cell(r, 'PL_POST');
        if (urn === null || urn === 'XXXXXXX' || postcode === null) return false;
        if (oneOf(r, 'LS', SHORT_BREAK) || !oneOf(r, 'PLACE', placeSet)) return false;
        const known = providers.get(urn.trim()) ?? [];
        if (known.length === 0) return true;
        const compact = postcode.replaceAll(' ', '');
        return known.some((p) => !present(p, 'POSTCODE') || cell(p, 'POSTCODE') !== compact);
      }),
    };
  };
}

export const versions = [
  defineRule({
    code: '221',
    definedIn: 'lac2022_23',
    message:
      "The Ofsted Unique reference number (URN) provided for the child's placement does not match the " +
      'placement postcode provided.',
    affectedFields: ['PL_POST'],
    tables: ['Episodes'],
    validate: postcodeMatches(['K1', 'K2', 'R3', 'S1']),
  }),
  defineRule({
    code: '221',
    definedIn: 'lac2023_24',
    message:
      "The Ofsted Unique reference number (URN) provided for the child's placement does not match the " +
      'placement postcode provided.',
    affectedFields: ['PL_POST'],
    tables: ['Episodes'],
    validate: postcodeMatches(['H5', 'K1', 'K2', 'R3', 'S1']),
  }),
  defineRule({
    code: '221',
    definedIn: 'lac2024_25',
    message:
      "The Ofsted Unique reference number (URN) provided for the child's placement does not match the " +
      'placement postcode provided.',
    affectedFields: ['PL_POST'],
    tables: ['Episodes'],
    validate: postcodeMatches(['K1', 'K2', 'R3', 'S1']),
  }),
];
