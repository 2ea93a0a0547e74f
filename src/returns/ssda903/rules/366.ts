// A short-break episode (legal status V3) must start a new period of care (RNE S): a child cannot
// change placement during a short break.
import { rowCount } from '../lib/frame.ts';
import { col, flagWhere } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '366',
    definedIn: 'lac2022_23',
    message: 'A child cannot change placement during the course of an individual short-term respite break.',
    affectedFields: ['RNE'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const ls = col(ctx, 'Episodes', 'LS');
      const rne = col(ctx, 'Episodes', 'RNE');
      return { Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => ls[i] === 'V3' && rne[i] !== 'S') };
    },
  }),
];
