// An episode with the council's own provision (PLACE_PROVIDER = PR1), other than a foster or adoption
// placement or a short break, should be placed in the council's own area (derived PL_LA = the council).
// Not checked when the council or the placement's LA is unknown.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { V3_V4 } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

const FOSTER_OR_ADOPTION = new Set(['A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

export const versions = [
  defineRule({
    code: '1015',
    definedIn: 'lac2022_23',
    message: 'Placement provider is own provision but child not placed in own LA.',
    affectedFields: ['PL_LA'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const la = ctx.meta.localAuthority;
      if (la === null) return { Episodes: [] };
      const provider = column(ctx, 'Episodes', 'PLACE_PROVIDER');
      const plLas = column(ctx, 'Episodes', 'PL_LA');
      const places = column(ctx, 'Episodes', 'PLACE');
      const legalStatus = column(ctx, 'Episodes', 'LS');
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
          if (provider[i] !== 'PR1') return false;
          const plLa = plLas[i] ?? null;
          if (plLa === null || plLa === la) return false;
          const place = places[i] ?? null;
          const ls = legalStatus[i] ?? null;
          return place !== null && ls !== null && !FOSTER_OR_ADOPTION.has(place) && !V3_V4.has(ls);
        }),
      };
    },
  }),
];
