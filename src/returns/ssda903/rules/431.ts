// An episode that starts a period of care (RNE S) on or before the day the child's previous episode
// ended.
import { at, col, dayCol, eachEpisodePair, positions } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '431',
    definedIn: 'lac2022_23',
    message:
      'The reason for new episode is started to be looked after, but the previous episode ended ' +
      'on the same day.',
    affectedFields: ['RNE', 'DECOM'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const rne = col(ctx, 'Episodes', 'RNE');
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const flagged: number[] = [];
      eachEpisodePair(ctx, (prev, cur) => {
        const start = at(decom, cur);
        const prevEnd = at(dec, prev);
        if (rne[cur] === 'S' && start !== null && prevEnd !== null && start <= prevEnd) flagged.push(cur);
      });
      return { Episodes: positions(flagged) };
    },
  }),
];
