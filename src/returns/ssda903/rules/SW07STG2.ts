// A social worker episode's end date must fall within the social worker reporting period: from 1 April of
// the collection year (2023/24) or of the year before (from 2024/25, which reports two years), to 31 March.
import { plusYears } from '../../common/dates.ts';
import { flagWhere, rowCount } from '../lib/frame.ts';
import { at, dayCol } from '../lib/shared-d.ts';
import { type Context903, defineRule } from '../rule.ts';

const MESSAGE =
  'Social worker episode end date should be on or after the start of the social worker reporting period, ' +
  'and should be on or before the collection end date.';

function endOutside(ctx: Context903, from: number) {
  if (!ctx.tables.SWEpisodes) return undefined;
  const dec = dayCol(ctx, 'SWEpisodes', 'SW_DEC');
  return {
    SWEpisodes: flagWhere(rowCount(ctx, 'SWEpisodes'), (i) => {
      const d = at(dec, i);
      return d !== null && (d < from || d > ctx.meta.collectionEnd);
    }),
  };
}

export const versions = [
  defineRule({
    code: 'SW07STG2',
    definedIn: 'lac2023_24',
    message: MESSAGE,
    affectedFields: ['SW_DEC'],
    tables: ['SWEpisodes'],
    validate: (ctx) => endOutside(ctx, ctx.meta.collectionStart),
  }),
  defineRule({
    code: 'SW07STG2',
    definedIn: 'lac2024_25',
    message: MESSAGE,
    affectedFields: ['SW_DEC'],
    tables: ['SWEpisodes'],
    validate: (ctx) => endOutside(ctx, plusYears(ctx.meta.collectionStart, -1)),
  }),
];
