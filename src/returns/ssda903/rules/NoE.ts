// An episode that started before this collection year implies the child has episodes in last year's return.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { at, childSet, dayCol, mergeKeyOf } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'NoE',
    definedIn: 'lac2022_23',
    message:
      'This child has no episodes loaded for previous year even though child started to be looked after ' +
      'before this current year.',
    affectedFields: ['DECOM'],
    tables: ['Episodes', 'Episodes_last'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Episodes_last) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const before = childSet(ctx, 'Episodes_last');
      const children = column(ctx, 'Episodes', 'CHILD');
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
          const d = at(decom, i);
          return d !== null && d < ctx.meta.collectionStart && !before.has(mergeKeyOf(children[i]));
        }),
      };
    },
  }),
];
