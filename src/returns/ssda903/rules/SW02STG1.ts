// SW_ID, when given, must begin with 'SW' or 'XX' (a missing ID is reported by the completeness rules).
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'SW02STG1',
    definedIn: 'lac2023_24',
    message: 'Social worker ID does not begin with the characters ‘SW’ or ‘XX’.',
    affectedFields: ['SW_ID'],
    tables: ['SWEpisodes'],
    validate(ctx) {
      if (!ctx.tables.SWEpisodes) return undefined;
      const swId = column(ctx, 'SWEpisodes', 'SW_ID');
      return {
        SWEpisodes: flagWhere(rowCount(ctx, 'SWEpisodes'), (i) => {
          const id = swId[i] ?? null;
          return id !== null && !id.startsWith('SW') && !id.startsWith('XX');
        }),
      };
    },
  }),
];
