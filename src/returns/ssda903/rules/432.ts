// The previous episode ended care (a reason ceased other than X1) but this episode's reason for new
// episode is not S.
import { col, eachEpisodePair, isIn, positions } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const CEASED_CARE = new Set([
  'E2',
  'E3',
  'E4A',
  'E4B',
  'E5',
  'E6',
  'E7',
  'E8',
  'E9',
  'E11',
  'E12',
  'E13',
  'E14',
  'E15',
  'E16',
  'E17',
  'E41',
  'E45',
  'E46',
  'E47',
  'E48',
]);

export const versions = [
  defineRule({
    code: '432',
    definedIn: 'lac2022_23',
    message:
      'The child ceased to be looked after at the end of the previous episode but the reason for ' +
      'the new episode is not started to be looked after.',
    affectedFields: ['RNE'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const rec = col(ctx, 'Episodes', 'REC');
      const rne = col(ctx, 'Episodes', 'RNE');
      const flagged: number[] = [];
      eachEpisodePair(ctx, (prev, cur) => {
        if (isIn(rec[prev], CEASED_CARE) && rne[cur] !== 'S') flagged.push(cur);
      });
      return { Episodes: positions(flagged) };
    },
  }),
];
