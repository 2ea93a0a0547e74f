// SW_DECOM, when given, must be a DD/MM/YYYY date; ZZ may stand for an unknown day or month and ZZZZ for an
// unknown year.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { zzDate } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'SW04STG1',
    definedIn: 'lac2023_24',
    message: 'Date social worker episode began is not a valid date..',
    affectedFields: ['SW_DECOM'],
    tables: ['SWEpisodes'],
    validate(ctx) {
      if (!ctx.tables.SWEpisodes) return undefined;
      const given = column(ctx, 'SWEpisodes', 'SW_DECOM');
      return {
        SWEpisodes: flagWhere(rowCount(ctx, 'SWEpisodes'), (i) => {
          const v = given[i] ?? null;
          return v !== null && zzDate(v) === null;
        }),
      };
    },
  }),
];
