// DATE_PERM, when given, must be a valid date (ZZ allowed for an unknown day or month) before the start
// of the child's first episode.
import { at, cell, childGroups, dayCol, present, zzDate } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '632',
    definedIn: 'lac2022_23',
    message:
      'Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives ' +
      'where the period of care started before the current collection year',
    affectedFields: ['DATE_PERM', 'DECOM'],
    tables: ['Episodes', 'PrevPerm'],
    validate(ctx) {
      const { Episodes: episodes, PrevPerm: prevPerm } = ctx.tables;
      if (!episodes || !prevPerm) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const eps = childGroups(ctx, 'Episodes');
      // A child's first episode: the earliest DECOM (episodes without one are ignored).
      const firstOf = (child: string): number | null => {
        let best: number | null = null;
        for (const p of eps.get(child) ?? []) {
          const d = at(decom, p);
          if (d !== null && (best === null || d < (at(decom, best) as number))) best = p;
        }
        return best;
      };
      const epFlags: number[] = [];
      const ppFlags: number[] = [];
      prevPerm.rows.forEach((row, i) => {
        const child = cell(row, 'CHILD');
        if (child === null || !present(row, 'DATE_PERM')) return;
        const ep = firstOf(child);
        if (ep === null) return;
        const date = zzDate(cell(row, 'DATE_PERM'));
        if (date === null || date >= (at(decom, ep) as number)) {
          epFlags.push(ep);
          ppFlags.push(i);
        }
      });
      return {
        Episodes: [...new Set(epFlags)].sort((a, b) => a - b),
        PrevPerm: ppFlags,
      };
    },
  }),
];
