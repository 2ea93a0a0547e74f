// A placement for adoption with current foster carers (A3, A4) must follow an adoption (A3-A6) or
// foster (U1-U6) placement; a child's first episode is not checked.
import { col, eachEpisodePair, isIn, positions } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const PLACED_FOR_ADOPTION = new Set(['A3', 'A4']);
const FOSTER_OR_ADOPTION = new Set(['A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

export const versions = [
  defineRule({
    code: '336',
    definedIn: 'lac2022_23',
    message: 'Child does not have a foster placement immediately prior to being placed for adoption.',
    affectedFields: ['PLACE'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const place = col(ctx, 'Episodes', 'PLACE');
      const flagged: number[] = [];
      eachEpisodePair(ctx, (prev, cur) => {
        if (isIn(place[cur], PLACED_FOR_ADOPTION) && !isIn(place[prev], FOSTER_OR_ADOPTION))
          flagged.push(cur);
      });
      return { Episodes: positions(flagged) };
    },
  }),
];
