// An episode ending in adoption (REC E11, E12) on or after the child's 18th birthday.
import { rowCount } from '../lib/frame.ts';
import { at, col, dayCol, dobPlus, flagWhere, isIn, joined } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const ADOPTED = new Set(['E11', 'E12']);

export const versions = [
  defineRule({
    code: '386',
    definedIn: 'lac2022_23',
    message: 'Reason episode ceased is adopted but child has reached age 18.',
    affectedFields: ['REC'],
    tables: ['Header', 'Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Header) return undefined;
      const rec = col(ctx, 'Episodes', 'REC');
      const header = joined(ctx, 'Episodes', 'Header');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const birthdays = dobPlus(ctx, 'Header', 18);
      const flagged = flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        const end = at(dec, i);
        if (!isIn(rec[i], ADOPTED) || end === null) return false;
        return (header[i] ?? []).some((h) => {
          const birthday = at(birthdays, h);
          return birthday !== null && end >= birthday;
        });
      });
      return { Episodes: flagged };
    },
  }),
];
