// A child's earliest episode (by DECOM), when it starts in or after the collection year, must have
// reason for new episode S.
import { at, col, dayCol, episodesInOrder, positions } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '357',
    definedIn: 'lac2022_23',
    message:
      'If this is the first episode ever for this child, reason for new episode must be S.  Check ' +
      'whether there is an episode immediately preceding this one, which has been left out.  If ' +
      'not the reason for new episode code must be amended to S.',
    affectedFields: ['RNE'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const rne = col(ctx, 'Episodes', 'RNE');
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const yearStart = ctx.meta.collectionStart;
      const flagged: number[] = [];
      for (const order of episodesInOrder(ctx).values()) {
        const first = order[0] as number;
        const start = at(decom, first);
        if (start !== null && start >= yearStart && rne[first] !== 'S') flagged.push(first);
      }
      return { Episodes: positions(flagged) };
    },
  }),
];
