// A child's missing periods, in order of end date, must not overlap or follow one still open.
import type { DayNumber } from '../../../core/day.ts';
import { dayCol, rowsByChild } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '574',
    definedIn: 'lac2022_23',
    message:
      'A new missing/away from placement without authorisation period cannot start when the previous ' +
      'missing/away from placement without authorisation period is still open. Missing/away from ' +
      'placement without authorisation periods should also not overlap.',
    affectedFields: ['MIS_START', 'MIS_END'],
    tables: ['Missing'],
    validate(ctx) {
      if (!ctx.tables.Missing) return undefined;
      const start = dayCol(ctx, 'Missing', 'MIS_START');
      const end = dayCol(ctx, 'Missing', 'MIS_END');
      // Periods are ordered by end date (an open period by its start), then start; undated last.
      const key = (i: number): DayNumber | null => end[i] ?? start[i] ?? null;
      const compare = (a: DayNumber | null, b: DayNumber | null) =>
        a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b;
      const flagged: number[] = [];
      for (const positions of rowsByChild(ctx, 'Missing')) {
        if (!positions || positions.length < 2) continue;
        const ordered = [...positions].sort(
          (a, b) => compare(key(a), key(b)) || compare(start[a] ?? null, start[b] ?? null) || a - b,
        );
        for (let k = 1; k < ordered.length; k++) {
          const i = ordered[k] as number;
          const previousEnd = end[ordered[k - 1] as number] ?? null;
          const s = start[i] ?? null;
          if (previousEnd === null || (s !== null && s < previousEnd)) flagged.push(i);
        }
      }
      return { Missing: flagged.sort((a, b) => a - b) };
    },
  }),
];
