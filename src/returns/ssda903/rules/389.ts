// An episode ending with transfer to adult social care (REC E7) before the child's 16th birthday.
import { rowCount } from '../lib/frame.ts';
import { at, col, dayCol, dobPlus, flagWhere, isIn, joined } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const TO_ADULT_SERVICES = new Set(['E7']);

export const versions = [
  defineRule({
    code: '389',
    definedIn: 'lac2022_23',
    message:
      'Reason episode ceased is that child transferred to care of adult social care services, but ' +
      'child is aged under 16.',
    affectedFields: ['REC'],
    tables: ['Episodes', 'Header'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Header) return undefined;
      const rec = col(ctx, 'Episodes', 'REC');
      const header = joined(ctx, 'Episodes', 'Header');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const birthdays = dobPlus(ctx, 'Header', 16);
      const flagged = flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        const end = at(dec, i);
        if (!isIn(rec[i], TO_ADULT_SERVICES) || end === null) return false;
        return (header[i] ?? []).some((h) => {
          const birthday = at(birthdays, h);
          return birthday !== null && end < birthday;
        });
      });
      return { Episodes: flagged };
    },
  }),
];
