// A social worker episode that ends on the day it started is reported (it lasted less than a day).
import { flagWhere, rowCount } from '../lib/frame.ts';
import { at, dayCol } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'SW09STG2',
    definedIn: 'lac2023_24',
    message: 'Social worker episode appears to have lasted for less than 24 hours.',
    affectedFields: ['SW_DECOM', 'SW_DEC'],
    tables: ['SWEpisodes'],
    validate(ctx) {
      if (!ctx.tables.SWEpisodes) return undefined;
      const decom = dayCol(ctx, 'SWEpisodes', 'SW_DECOM');
      const dec = dayCol(ctx, 'SWEpisodes', 'SW_DEC');
      return {
        SWEpisodes: flagWhere(rowCount(ctx, 'SWEpisodes'), (i) => {
          const s = at(decom, i);
          return s !== null && s === at(dec, i);
        }),
      };
    },
  }),
];
