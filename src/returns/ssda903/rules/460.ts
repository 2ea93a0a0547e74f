// An episode ending with REC E17 (stayed with carers at 18+) must end on or after the 18th birthday.
import { plusYears } from '../../common/dates.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { childOf, dayCol, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '460',
    definedIn: 'lac2022_23',
    message:
      'Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is ' +
      'aged under 18.',
    affectedFields: ['DEC', 'REC'],
    tables: ['Header', 'Episodes'],
    validate(ctx) {
      if (!ctx.tables.Header || !ctx.tables.Episodes) return undefined;
      const dob = dayCol(ctx, 'Header', 'DOB');
      const rec = column(ctx, 'Episodes', 'REC');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const childOfEpisode = childOf(ctx, 'Episodes');
      const headerByChild = rowsByChild(ctx, 'Header');
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
          const ended = dec[i] ?? null;
          if (rec[i] !== 'E17' || ended === null) return false;
          return rowsOf(headerByChild, childOfEpisode[i]).some((h) => {
            const born = dob[h] ?? null;
            return born !== null && plusYears(born, 18) > ended;
          });
        }),
      };
    },
  }),
];
