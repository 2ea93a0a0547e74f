// An episode that started before this collection year implies the child has episodes in last year's return.
import { at, childSet, dayCol, flagRows, mergeKey } from '../lib/shared-d.ts';
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
      const { Episodes: episodes, Episodes_last: last } = ctx.tables;
      if (!episodes || !last) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const before = childSet(ctx, 'Episodes_last');
      return {
        Episodes: flagRows(episodes, (row, i) => {
          const d = at(decom, i);
          return d !== null && d < ctx.meta.collectionStart && !before.has(mergeKey(row));
        }),
      };
    },
  }),
];
