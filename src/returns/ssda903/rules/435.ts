// A change of placement only (RNE P or T) must keep the legal status and change the placement
// (type, postcode, URN or provider) of the previous episode.
import { col, eachEpisodePair, isIn, positions } from '../lib/shared-b.ts';
import { type Context903, defineRule } from '../rule.ts';

const PLACEMENT_FIELDS = ['PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'];

/** Whether two episodes have the same placement (type, postcode, URN and provider). */
function samePlacement(ctx: Context903): (a: number, b: number) => boolean {
  const cols = PLACEMENT_FIELDS.map((name) => col(ctx, 'Episodes', name));
  return (a, b) => cols.every((values) => values[a] === values[b]);
}

const PLACEMENT_ONLY = new Set(['P', 'T']);

export const versions = [
  defineRule({
    code: '435',
    definedIn: 'lac2022_23',
    message:
      'Reason for new episode is that child’s placement has changed but not the legal status, but ' +
      'this is not reflected in the episode data recorded.',
    affectedFields: ['LS', 'PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const rne = col(ctx, 'Episodes', 'RNE');
      const ls = col(ctx, 'Episodes', 'LS');
      const same = samePlacement(ctx);
      const flagged: number[] = [];
      eachEpisodePair(ctx, (prev, cur) => {
        if (!isIn(rne[cur], PLACEMENT_ONLY)) return;
        if (ls[cur] !== ls[prev] || same(cur, prev)) flagged.push(cur);
      });
      return { Episodes: positions(flagged) };
    },
  }),
];
