// A short-break episode (legal status V3) lasting more than 17 days; an open episode runs to the end
// of the collection year.
import { rowCount } from '../lib/frame.ts';
import { at, col, dayCol, flagWhere, present } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '365',
    definedIn: 'lac2022_23',
    message: 'Any individual short- term respite placement must not exceed 17 days.',
    affectedFields: ['LS', 'DECOM', 'DEC'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const ls = col(ctx, 'Episodes', 'LS');
      const decCells = col(ctx, 'Episodes', 'DEC');
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const yearEnd = ctx.meta.collectionEnd;
      const flagged = flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        const start = at(decom, i);
        const end = present(decCells[i]) ? at(dec, i) : yearEnd;
        return ls[i] === 'V3' && start !== null && end !== null && end > start + 17;
      });
      return { Episodes: flagged };
    },
  }),
];
