// An episode starting a period of care (RNE S) on or after the child's 18th birthday.
import { rowCount } from '../lib/frame.ts';
import { at, col, dayCol, dobPlus, flagWhere, joined } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '352',
    definedIn: 'lac2022_23',
    message: 'Child who started to be looked after was aged 18 or over.',
    affectedFields: ['DECOM', 'RNE'],
    tables: ['Header', 'Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Header) return undefined;
      const rne = col(ctx, 'Episodes', 'RNE');
      const header = joined(ctx, 'Episodes', 'Header');
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const eighteenth = dobPlus(ctx, 'Header', 18);
      const flagged = flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        const start = at(decom, i);
        if (rne[i]?.toUpperCase() !== 'S' || start === null) return false;
        return (header[i] ?? []).some((h) => {
          const birthday = at(eighteenth, h);
          return birthday !== null && start >= birthday;
        });
      });
      return { Episodes: flagged };
    },
  }),
];
