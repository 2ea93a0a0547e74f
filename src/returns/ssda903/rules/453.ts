// When last year's last episode is still open and this year's first episode has the same RNE,
// the placement distance must agree (to within 0.2 miles) and not appear from nowhere.
import { num } from '../../common/table.ts';
import { column } from '../lib/frame.ts';
import { dayCol, yearBoundary } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

/** Distances are given to 0.1 mile; 0.2 or more is a real change (with room for float error). */
const MIN_CHANGE = 0.2 - 1e-9;

export const versions = [
  defineRule({
    code: '453',
    definedIn: 'lac2022_23',
    message:
      'Contradiction between placement distance in the last episode of the previous year and in the first ' +
      'episode of the current year.',
    affectedFields: ['PL_DISTANCE'],
    tables: ['Episodes', 'Episodes_last'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Episodes_last) return undefined;
      const rne = column(ctx, 'Episodes', 'RNE');
      const distance = column(ctx, 'Episodes', 'PL_DISTANCE');
      const rneLast = column(ctx, 'Episodes_last', 'RNE');
      const distanceLast = column(ctx, 'Episodes_last', 'PL_DISTANCE');
      const decLast = dayCol(ctx, 'Episodes_last', 'DEC');
      const flagged: number[] = [];
      const boundary = yearBoundary(ctx);
      for (let k = 0; k < boundary.size; k++) {
        const first = boundary.first[k] as number;
        const last = boundary.last[k] as number;
        // `first` is this year's first episode, `last` last year's last one.
        const reason = rne[first] ?? null;
        const stillOpen = (decLast[last] ?? null) === null;
        if (reason === null || reason !== (rneLast[last] ?? null) || !stillOpen) continue;
        const now = distance[first] ?? null;
        const before = distanceLast[last] ?? null;
        const miles = num(now);
        const milesBefore = num(before);
        const differs =
          before !== null
            ? miles !== null && milesBefore !== null && Math.abs(miles - milesBefore) >= MIN_CHANGE
            : now !== null;
        if (differs) flagged.push(first);
      }
      return { Episodes: flagged.sort((a, b) => a - b) };
    },
  }),
];
