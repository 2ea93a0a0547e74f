// A child's DoLOs, taken in start-date order, must not start while an earlier one is still open (no end
// date, or ending after the new one starts).
import { at, childGroups, dayCol, sortedByDay } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '705',
    definedIn: 'lac2026_27',
    message: 'A DoLO cannot start when the previous DoLO is still open.',
    affectedFields: ['DOLO_START', 'DOLO_END'],
    tables: ['DoLo'],
    validate(ctx) {
      if (!ctx.tables.DoLo) return undefined;
      const start = dayCol(ctx, 'DoLo', 'DOLO_START');
      const end = dayCol(ctx, 'DoLo', 'DOLO_END');
      const out: number[] = [];
      for (const positions of childGroups(ctx, 'DoLo').values()) {
        if (positions.length < 2) continue;
        let openUntil: number | null = null;
        let seen = false;
        for (const p of sortedByDay(positions, start)) {
          const s = at(start, p);
          if (s === null) break;
          if (seen && (openUntil === null || openUntil > s)) out.push(p);
          const e = at(end, p);
          if (!seen) openUntil = e;
          else if (openUntil !== null) openUntil = e === null ? null : Math.max(openUntil, e);
          seen = true;
        }
      }
      return { DoLo: out.sort((a, b) => a - b) };
    },
  }),
];
