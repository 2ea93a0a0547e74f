// The date of the decision to place for adoption (DATE_PLACED) cannot be before the start of the child's
// first episode that began a period of care (RNE = 'S').
import { column, rowCount } from '../lib/frame.ts';
import { at, childGroups, dayCol, mergeKeyAt } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1003',
    definedIn: 'lac2022_23',
    message:
      "Date of LA's decision that a child should be placed for adoption is before the child started to be " +
      'looked after.',
    affectedFields: ['DATE_PLACED', 'DECOM', 'RNE'],
    tables: ['Episodes', 'PlacedAdoption'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.PlacedAdoption) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const rne = column(ctx, 'Episodes', 'RNE');
      const datePlaced = dayCol(ctx, 'PlacedAdoption', 'DATE_PLACED');
      const firstStart = new Map<string, number>();
      childGroups(ctx, 'Episodes').forEach((positions, child) => {
        let best: number | null = null;
        for (const p of positions) {
          const d = at(decom, p);
          if (rne[p] !== 'S' || d === null) continue;
          if (best === null || d < (at(decom, best) as number)) best = p;
        }
        if (best !== null) firstStart.set(child, best);
      });
      const epFlags = new Set<number>();
      const paFlags: number[] = [];
      const n = rowCount(ctx, 'PlacedAdoption');
      for (let i = 0; i < n; i++) {
        const p = firstStart.get(mergeKeyAt(ctx, 'PlacedAdoption', i));
        const d = at(datePlaced, i);
        if (p === undefined || d === null || d >= (at(decom, p) as number)) continue;
        epFlags.add(p);
        paFlags.push(i);
      }
      return { Episodes: [...epFlags].sort((a, b) => a - b), PlacedAdoption: paFlags };
    },
  }),
];
