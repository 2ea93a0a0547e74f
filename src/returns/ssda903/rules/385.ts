// An episode that ceased after the end of the collection year.
import { rowCount } from '../lib/frame.ts';
import { at, dayCol, flagWhere } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '385',
    definedIn: 'lac2022_23',
    message: 'Date episode ceased must be on or before the end of the current collection year.',
    affectedFields: ['DEC'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const end = ctx.meta.collectionEnd;
      return { Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => (at(dec, i) ?? end) > end) };
    },
  }),
];
