// An episode ending in adoption (REC E11, E12) must be a placement for adoption (A3-A6).
import { rowCount } from '../lib/frame.ts';
import { col, flagWhere, isIn } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const ADOPTED = new Set(['E11', 'E12']);
const PLACED_FOR_ADOPTION = new Set(['A3', 'A4', 'A5', 'A6']);

export const versions = [
  defineRule({
    code: '390',
    definedIn: 'lac2022_23',
    message: 'Reason episode ceased is adopted but child has not been previously placed for adoption.',
    affectedFields: ['PLACE', 'REC'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const rec = col(ctx, 'Episodes', 'REC');
      const place = col(ctx, 'Episodes', 'PLACE');
      const flagged = flagWhere(
        rowCount(ctx, 'Episodes'),
        (i) => isIn(rec[i], ADOPTED) && !isIn(place[i], PLACED_FOR_ADOPTION),
      );
      return { Episodes: flagged };
    },
  }),
];
