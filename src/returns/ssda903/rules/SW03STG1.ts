import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'SW03STG1',
    definedIn: 'lac2023_24',
    message: 'For each social worker episode, information should be complete.',
    affectedFields: ['SW_ID', 'SW_DECOM', 'SW_REASON'],
    tables: ['SWEpisodes'],
    validate(ctx) {
      if (!ctx.tables.SWEpisodes) return undefined;
      const swId = column(ctx, 'SWEpisodes', 'SW_ID');
      const swDecom = column(ctx, 'SWEpisodes', 'SW_DECOM');
      const swReason = column(ctx, 'SWEpisodes', 'SW_REASON');
      return {
        SWEpisodes: flagWhere(
          rowCount(ctx, 'SWEpisodes'),
          (i) =>
            (swId[i] ?? null) === null || (swDecom[i] ?? null) === null || (swReason[i] ?? null) === null,
        ),
      };
    },
  }),
];
