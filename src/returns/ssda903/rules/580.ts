// A child whose care ended on their 18th birthday while missing (MIS_END = DEC) should have REC E8.
import { plusYears } from '../../common/dates.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { childOf, dayCol, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '580',
    definedIn: 'lac2022_23',
    message: 'Child is missing when cease being looked after but reason episode ceased not ‘E8’.',
    affectedFields: ['REC'],
    tables: ['Episodes', 'Missing'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Missing) return undefined;
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const rec = column(ctx, 'Episodes', 'REC');
      const misEnd = dayCol(ctx, 'Missing', 'MIS_END');
      const dob = dayCol(ctx, 'Missing', 'DOB');
      const childOfEpisode = childOf(ctx, 'Episodes');
      const missingByChild = rowsByChild(ctx, 'Missing');
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
          const ended = dec[i] ?? null;
          if (ended === null || rec[i] === 'E8') return false;
          return rowsOf(missingByChild, childOfEpisode[i]).some((j) => {
            const born = dob[j] ?? null;
            return misEnd[j] === ended && born !== null && plusYears(born, 18) === ended;
          });
        }),
      };
    },
  }),
];
