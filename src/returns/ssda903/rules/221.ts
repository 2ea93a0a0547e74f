// For Ofsted-registered placements (not short breaks), PL_POST must match Ofsted's postcode for the URN.
import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { cell, present, providersByUrn } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const SHORT_BREAK = new Set(['V3', 'V4']);

function postcodeMatches(places: readonly string[]) {
  const placeSet = new Set(places);
  return (ctx: Context903): Flags903 | undefined => {
    const providers = providersByUrn(ctx);
    if (!ctx.tables.Episodes || !providers) return undefined;
    const urns = column(ctx, 'Episodes', 'URN');
    const postcodes = column(ctx, 'Episodes', 'PL_POST');
    const ls = column(ctx, 'Episodes', 'LS');
    const place = column(ctx, 'Episodes', 'PLACE');
    return {
      Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        const urn = urns[i] ?? null;
        const postcode = postcodes[i] ?? null;
        if (urn === null || urn === 'XXXXXXX' || postcode === null) return false;
        if (isIn(ls[i], SHORT_BREAK) || !isIn(place[i], placeSet)) return false;
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
