// A DoLO must end after the day it started (an end on the start day is reported too).
import { flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '702',
    definedIn: 'lac2026_27',
    message: 'The date that the DoLO ended is before the date that it started.',
    affectedFields: ['DOLO_START', 'DOLO_END'],
    tables: ['DoLo'],
    validate(ctx) {
      if (!ctx.tables.DoLo) return undefined;
      const start = dayCol(ctx, 'DoLo', 'DOLO_START');
      const end = dayCol(ctx, 'DoLo', 'DOLO_END');
      return {
        DoLo: flagWhere(rowCount(ctx, 'DoLo'), (i) => {
          const s = start[i] ?? null;
          const e = end[i] ?? null;
          return s !== null && e !== null && e <= s;
        }),
      };
    },
  }),
];
