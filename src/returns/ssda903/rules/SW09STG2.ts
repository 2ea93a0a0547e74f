// A social worker episode that ends on the day it started is reported (it lasted less than a day).
import { at, dayCol, flagRows } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'SW09STG2',
    definedIn: 'lac2023_24',
    message: 'Social worker episode appears to have lasted for less than 24 hours.',
    affectedFields: ['SW_DECOM', 'SW_DEC'],
    tables: ['SWEpisodes'],
    validate(ctx) {
      const t = ctx.tables.SWEpisodes;
      if (!t) return undefined;
      const decom = dayCol(ctx, 'SWEpisodes', 'SW_DECOM');
      const dec = dayCol(ctx, 'SWEpisodes', 'SW_DEC');
      return {
        SWEpisodes: flagRows(t, (_row, i) => {
          const s = at(decom, i);
          return s !== null && s === at(dec, i);
        }),
      };
    },
  }),
];
