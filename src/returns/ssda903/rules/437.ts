// An episode ending because the child died (E2) or turned 18 (E15) is followed by another episode
// of the same child.
import { at, col, dayCol, eachEpisodePair, positions } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const FINAL = new Set(['E2', 'E15']);

export const versions = [
  defineRule({
    code: '437',
    definedIn: 'lac2022_23',
    message: 'Reason episode ceased is child has died or is aged 18 or over but there are further episodes.',
    affectedFields: ['REC'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const rec = col(ctx, 'Episodes', 'REC');
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const flagged: number[] = [];
      eachEpisodePair(ctx, (prev) => {
        const reason = rec[prev]?.toUpperCase();
        if (reason !== undefined && FINAL.has(reason) && at(decom, prev) !== null) flagged.push(prev);
      });
      return { Episodes: positions(flagged) };
    },
  }),
];
