// DATE_PERM, when given, must be a valid date (ZZ allowed for an unknown day or month) before the start
// of the child's first episode.
import { column, rowCount } from '../lib/frame.ts';
import { at, childGroups, dayCol, zzDate } from '../lib/shared-d.ts';
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
      if (!ctx.tables.Episodes || !ctx.tables.PrevPerm) return undefined;
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
      const children = column(ctx, 'PrevPerm', 'CHILD');
      const datePerm = column(ctx, 'PrevPerm', 'DATE_PERM');
      const n = rowCount(ctx, 'PrevPerm');
      for (let i = 0; i < n; i++) {
        const child = children[i] ?? null;
        const given = datePerm[i] ?? null;
        if (child === null || given === null) continue;
        const ep = firstOf(child);
        if (ep === null) continue;
        const date = zzDate(given);
        if (date === null || date >= (at(decom, ep) as number)) {
          epFlags.push(ep);
          ppFlags.push(i);
        }
      }
      return {
        Episodes: [...new Set(epFlags)].sort((a, b) => a - b),
        PrevPerm: ppFlags,
      };
    },
  }),
];
