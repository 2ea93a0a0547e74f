// A child looked after on 31 March (an episode with no end date that is not a V3/V4 short break) needs at
// least one social worker episode with SW_ID, SW_DECOM and SW_REASON all given. The open episodes are
// reported, with any incomplete social worker episodes of the same child.
import { cell, childGroups, flagRows, present, V3_V4 } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'SW01STG1',
    definedIn: 'lac2023_24',
    message: 'Child looked after on 31 March, but no social worker episode information is reported',
    affectedFields: ['DEC'],
    tables: ['SWEpisodes', 'Episodes'],
    validate(ctx) {
      const { SWEpisodes: sw, Episodes: episodes } = ctx.tables;
      if (!sw || !episodes) return undefined;
      const incomplete = (i: number): boolean => {
        const row = sw.rows[i];
        return !present(row, 'SW_ID') || !present(row, 'SW_DECOM') || !present(row, 'SW_REASON');
      };
      const swByChild = childGroups(ctx, 'SWEpisodes');
      const swFlags = new Set<number>();
      // Per child: whether its social worker information is missing or incomplete.
      const verdict = new Map<string, boolean>();
      const epFlags = flagRows(episodes, (row) => {
        if (present(row, 'DEC')) return false;
        const ls = cell(row, 'LS');
        if (ls !== null && V3_V4.has(ls)) return false;
        const child = cell(row, 'CHILD');
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
