// Every social worker episode needs a valid SW_DECOM; one that started before 1 April 2023 also needs SW_ID.
import { dmy } from '../../common/dates.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { at, dayCol } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

const APRIL_2023 = dmy('01/04/2023') as number;

export const versions = [
  defineRule({
    code: 'SW01aSTG1',
    definedIn: 'lac2024_25',
    message: 'For each social worker episode, information should be complete',
    affectedFields: ['SW_DECOM', 'SW_ID'],
    tables: ['SWEpisodes'],
    validate(ctx) {
      if (!ctx.tables.SWEpisodes) return undefined;
      const decom = dayCol(ctx, 'SWEpisodes', 'SW_DECOM');
      const swId = column(ctx, 'SWEpisodes', 'SW_ID');
      return {
        SWEpisodes: flagWhere(rowCount(ctx, 'SWEpisodes'), (i) => {
          const d = at(decom, i);
          return d === null || (d < APRIL_2023 && (swId[i] ?? null) === null);
        }),
      };
    },
  }),
];
