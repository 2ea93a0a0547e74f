// An episode ending with a move to independent living (REC E5, E6) before the child's 14th
// birthday.
import { rowCount } from '../lib/frame.ts';
import { at, col, dayCol, dobPlus, flagWhere, isIn, joined } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const INDEPENDENT_LIVING = new Set(['E5', 'E6']);

export const versions = [
  defineRule({
    code: '387',
    definedIn: 'lac2022_23',
    message:
      'Reason episode ceased is child moved into independent living arrangement, but the child is ' +
      'aged under 14.',
    affectedFields: ['REC'],
    tables: ['Header', 'Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Header) return undefined;
      const rec = col(ctx, 'Episodes', 'REC');
      const header = joined(ctx, 'Episodes', 'Header');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const birthdays = dobPlus(ctx, 'Header', 14);
      const flagged = flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        const end = at(dec, i);
        if (!isIn(rec[i], INDEPENDENT_LIVING) || end === null) return false;
        return (header[i] ?? []).some((h) => {
          const birthday = at(birthdays, h);
          return birthday !== null && end < birthday;
        });
      });
      return { Episodes: flagged };
    },
  }),
];
