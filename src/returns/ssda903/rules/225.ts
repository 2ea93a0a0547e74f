// An episode that ends X1 (a new episode follows) and is followed by a change of placement (next RNE
// P, B, T or U) needs a reason for placement change, unless either placement is temporary (T0-T4).
import { col, eachEpisodePair, isIn, positions, present, TEMPORARY } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const PLACEMENT_CHANGE = new Set(['P', 'B', 'T', 'U']);

export const versions = [
  defineRule({
    code: '225',
    definedIn: 'lac2022_23',
    message: 'Reason for placement change must be recorded.',
    affectedFields: ['REASON_PLACE_CHANGE'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const rec = col(ctx, 'Episodes', 'REC');
      const reason = col(ctx, 'Episodes', 'REASON_PLACE_CHANGE');
      const place = col(ctx, 'Episodes', 'PLACE');
      const rne = col(ctx, 'Episodes', 'RNE');
      const flagged: number[] = [];
      eachEpisodePair(ctx, (i, next) => {
        if (
          rec[i] === 'X1' &&
          !present(reason[i]) &&
          !isIn(place[i], TEMPORARY) &&
          isIn(rne[next], PLACEMENT_CHANGE) &&
          !isIn(place[next], TEMPORARY)
        )
          flagged.push(i);
      });
      return { Episodes: positions(flagged) };
    },
  }),
];
