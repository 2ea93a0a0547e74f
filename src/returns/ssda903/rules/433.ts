// A continuation episode (RNE P, L, T, U or B) must start on the day the child's previous episode
// ended.
import { at, col, dayCol, eachEpisodePair, positions } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const CONTINUATION = new Set(['P', 'L', 'T', 'U', 'B']);

export const versions = [
  defineRule({
    code: '433',
    definedIn: 'lac2022_23',
    message:
      'The reason for new episode suggests that this is a continuation episode, but the episode ' +
      'does not start on the same day as the last episode finished.',
    affectedFields: ['RNE', 'DECOM'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const rne = col(ctx, 'Episodes', 'RNE');
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const flagged: number[] = [];
      eachEpisodePair(ctx, (prev, cur) => {
        const reason = rne[cur]?.toUpperCase();
        if (reason === undefined || !CONTINUATION.has(reason)) return;
        const start = at(decom, cur);
        const prevEnd = at(dec, prev);
        if (start === null || prevEnd === null || start !== prevEnd) flagged.push(cur);
      });
      return { Episodes: positions(flagged) };
    },
  }),
];
