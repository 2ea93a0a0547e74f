// An episode that ceased before it started.
import { rowCount } from '../lib/frame.ts';
import { at, dayCol, flagWhere } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '356',
    definedIn: 'lac2022_23',
    message: 'The date the episode ceased is before the date the same episode started.',
    affectedFields: ['DECOM'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const flagged = flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        const start = at(decom, i);
        const end = at(dec, i);
        return start !== null && end !== null && end < start;
      });
      return { Episodes: flagged };
    },
  }),
];
