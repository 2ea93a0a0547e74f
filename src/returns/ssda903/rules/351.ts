// The child's 25th birthday fell before the start of the collection year.
import { rowCount } from '../lib/frame.ts';
import { at, dobPlus, flagWhere } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '351',
    definedIn: 'lac2022_23',
    message: 'Child was over 25 at the start of the current collection year.',
    affectedFields: ['DOB'],
    tables: ['Header'],
    validate(ctx) {
      if (!ctx.tables.Header) return undefined;
      const twentyFifth = dobPlus(ctx, 'Header', 25);
      const start = ctx.meta.collectionStart;
      const flagged = flagWhere(rowCount(ctx, 'Header'), (i) => {
        const birthday = at(twentyFifth, i);
        return birthday !== null && start > birthday;
      });
      return { Header: flagged };
    },
  }),
];
