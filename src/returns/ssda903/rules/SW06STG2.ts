// A social worker episode cannot start after 31 March of the collection year.
import { flagWhere, rowCount } from '../lib/frame.ts';
import { at, dayCol } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'SW06STG2',
    definedIn: 'lac2023_24',
    message: 'Social worker episode data should be within the social worker data reporting year.',
    affectedFields: ['SW_DECOM'],
    tables: ['SWEpisodes'],
    validate(ctx) {
      if (!ctx.tables.SWEpisodes) return undefined;
      const decom = dayCol(ctx, 'SWEpisodes', 'SW_DECOM');
      return {
        SWEpisodes: flagWhere(rowCount(ctx, 'SWEpisodes'), (i) => {
          const d = at(decom, i);
          return d !== null && d > ctx.meta.collectionEnd;
        }),
      };
    },
  }),
];
