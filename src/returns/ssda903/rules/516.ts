import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

const STAYING_PUT: ReadonlySet<string> = new Set(['E45', 'E46']);
const FOSTER: ReadonlySet<string> = new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

export const versions = [
  defineRule({
    code: '516',
    definedIn: 'lac2022_23',
    message:
      'The episode data submitted for this child does not show that he/she was with their former foster ' +
      'carer(s) during the year.If the code in the reason episode ceased is E45 or E46 the child must ' +
      'have a placement code of U1 to U6.',
    affectedFields: ['REC', 'PLACE'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const rec = column(ctx, 'Episodes', 'REC');
      const place = column(ctx, 'Episodes', 'PLACE');
      return {
        Episodes: flagWhere(
          rowCount(ctx, 'Episodes'),
          (i) => isIn(rec[i], STAYING_PUT) && !isIn(place[i], FOSTER),
        ),
      };
    },
  }),
];
