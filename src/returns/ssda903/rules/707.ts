// A DoLO without an end date must sit inside a period of care that is still open; a DoLO with an end date
// must end within one of the child's periods of care. Periods of care are runs of episodes with no gap
// between one episode's end and the next one's start.
import type { DayNumber } from '../../../core/day.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { at, childGroups, dayCol, sortedByDay } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

interface Period {
  start: DayNumber;
  end: DayNumber | null;
}

export const versions = [
  defineRule({
    code: '707',
    definedIn: 'lac2026_27',
    message: 'Child ceased to be looked after but there is a DoLO without an end date.',
    affectedFields: ['DOLO_END'],
    tables: ['DoLo', 'Episodes'],
    validate(ctx) {
      if (!ctx.tables.DoLo || !ctx.tables.Episodes) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const eps = childGroups(ctx, 'Episodes');
      const periods = new Map<string, Period[]>();
      const periodsOf = (child: string): Period[] => {
        const known = periods.get(child);
        if (known) return known;
        const list: Period[] = [];
        let current: Period | null = null;
        for (const p of sortedByDay(eps.get(child) ?? [], decom)) {
          const s = at(decom, p);
          if (s === null) break;
          const e = at(dec, p);
          if (current === null || (current.end !== null && s > current.end)) {
            current = { start: s, end: e };
            list.push(current);
          } else {
            current.end = e;
          }
        }
        periods.set(child, list);
        return list;
      };
      const start = dayCol(ctx, 'DoLo', 'DOLO_START');
      const end = dayCol(ctx, 'DoLo', 'DOLO_END');
      const children = column(ctx, 'DoLo', 'CHILD');
      return {
        DoLo: flagWhere(rowCount(ctx, 'DoLo'), (i) => {
          const s = at(start, i);
          const child = children[i] ?? null;
          if (s === null || child === null) return false;
          const list = periodsOf(child);
          if (list.length === 0) return false;
          const e = at(end, i);
          const outside = (p: Period): boolean =>
            e === null ? p.end !== null || s < p.start : (p.end !== null && e > p.end) || e < p.start;
          return list.every(outside);
        }),
      };
    },
  }),
];
