// An episode with the council's own provision (PLACE_PROVIDER = PR1), other than a foster or adoption
// placement or a short break, should be placed in the council's own area (derived PL_LA = the council).
// Not checked when the council or the placement's LA is unknown.
import { cell, flagRows, V3_V4 } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

const FOSTER_OR_ADOPTION = new Set(['A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

export const versions = [
  defineRule({
    code: '1015',
    definedIn: 'lac2022_23',
    message: 'Placement provider is own provision but child not placed in own LA.',
    affectedFields: ['PL_LA'],
    tables: ['Episodes'],
    validate({ tables, meta }) {
      const t = tables.Episodes;
      if (!t) return undefined;
      const la = meta.localAuthority;
      if (la === null) return { Episodes: [] };
      return {
        Episodes: flagRows(t, (row) => {
          if (cell(row, 'PLACE_PROVIDER') !== 'PR1') return false;
          const plLa = cell(row, 'PL_LA');
          if (plLa === null || plLa === la) return false;
          const place = cell(row, 'PLACE');
          const ls = cell(row, 'LS');
          return place !== null && ls !== null && !FOSTER_OR_ADOPTION.has(place) && !V3_V4.has(ls);
        }),
      };
    },
  }),
];
