// A child looked after on 31 March (an episode with no end date that is not a V3/V4 short break) needs at
// least one social worker episode with SW_ID, SW_DECOM and SW_REASON all given. The open episodes are
// reported, with any incomplete social worker episodes of the same child.
import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { childGroups, V3_V4 } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'SW01STG1',
    definedIn: 'lac2023_24',
    message: 'Child looked after on 31 March, but no social worker episode information is reported',
    affectedFields: ['DEC'],
    tables: ['SWEpisodes', 'Episodes'],
    validate(ctx) {
      if (!ctx.tables.SWEpisodes || !ctx.tables.Episodes) return undefined;
      const swId = column(ctx, 'SWEpisodes', 'SW_ID');
      const swDecom = column(ctx, 'SWEpisodes', 'SW_DECOM');
      const swReason = column(ctx, 'SWEpisodes', 'SW_REASON');
      const incomplete = (i: number): boolean =>
        (swId[i] ?? null) === null || (swDecom[i] ?? null) === null || (swReason[i] ?? null) === null;
      const dec = column(ctx, 'Episodes', 'DEC');
      const ls = column(ctx, 'Episodes', 'LS');
      const children = column(ctx, 'Episodes', 'CHILD');
      const swByChild = childGroups(ctx, 'SWEpisodes');
      const swFlags = new Set<number>();
      // Per child: whether its social worker information is missing or incomplete.
      const verdict = new Map<string, boolean>();
      const epFlags = flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        if ((dec[i] ?? null) !== null) return false;
        if (isIn(ls[i], V3_V4)) return false;
        const child = children[i] ?? null;
        if (child === null) return true;
        let bad = verdict.get(child);
        if (bad === undefined) {
          const mine = swByChild.get(child) ?? [];
          bad = mine.length === 0;
          for (const p of mine) {
            if (incomplete(p)) {
              swFlags.add(p);
              bad = true;
            }
          }
          verdict.set(child, bad);
        }
        return bad;
      });
      return { Episodes: epFlags, SWEpisodes: [...swFlags].sort((a, b) => a - b) };
    },
  }),
];
