// The episode after a temporary placement (T0-T4) must be a change of placement (RNE P) back to the
// placement held before it (same placement type; from 2025/26 also the same placement postcode).
import { col, eachEpisodePair, isIn, positions, TEMPORARY } from '../lib/shared-b.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function backToNormal(samePostcode: boolean): (ctx: Context903) => Flags903 | undefined {
  return (ctx) => {
    if (!ctx.tables.Episodes) return undefined;
    const place = col(ctx, 'Episodes', 'PLACE');
    const rne = col(ctx, 'Episodes', 'RNE');
    const postcode = col(ctx, 'Episodes', 'PL_POST');
    const flagged: number[] = [];
    eachEpisodePair(ctx, (temp, cur, before) => {
      if (before === undefined || !isIn(place[temp], TEMPORARY)) return;
      const returned =
        rne[cur] === 'P' &&
        place[cur] === place[before] &&
        (!samePostcode || postcode[cur] === postcode[before]);
      if (!returned) flagged.push(cur);
    });
    return { Episodes: positions(flagged) };
  };
}

export const versions = [
  defineRule({
    code: '383',
    definedIn: 'lac2022_23',
    message: 'A child in a temporary placement must subsequently return to his/her normal placement.',
    affectedFields: ['PLACE'],
    tables: ['Episodes'],
    validate: backToNormal(false),
  }),
  defineRule({
    code: '383',
    definedIn: 'lac2025_26',
    message: 'A child in a temporary placement must subsequently return to his/her normal placement.',
    affectedFields: ['PLACE', 'RNE', 'PL_POST'],
    tables: ['Episodes'],
    validate: backToNormal(true),
  }),
];
