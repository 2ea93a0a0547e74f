// An episode starting (DECOM) after the end of the collection year.
import { rowCount } from '../lib/frame.ts';
import { at, dayCol, flagWhere } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '354',
    definedIn: 'lac2022_23',
    message: 'Date episode ceased must be on or before the end of the current collection year.',
    affectedFields: ['DECOM'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const end = ctx.meta.collectionEnd;
      return { Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => (at(decom, i) ?? end) > end) };
    },
  }),
];
