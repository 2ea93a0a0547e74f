// When last year's last episode is still open and this year's first episode has the same RNE,
// the placement distance must agree (to within 0.2 miles) and not appear from nowhere.
import { num } from '../../common/table.ts';
import { cell, dayCol, present, yearBoundary } from '../lib/shared-c.ts';
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
      const eps = ctx.tables.Episodes;
      const epsLast = ctx.tables.Episodes_last;
      if (!eps || !epsLast) return undefined;
      const decLast = dayCol(ctx, 'Episodes_last', 'DEC');
      const flagged: number[] = [];
      for (const { first, last } of yearBoundary(ctx)) {
        const now = eps.rows[first];
        const before = epsLast.rows[last];
        const rne = cell(now, 'RNE');
        if (rne === null || rne !== cell(before, 'RNE') || (decLast[last] ?? null) !== null) continue;
        const miles = num(cell(now, 'PL_DISTANCE'));
        const milesBefore = num(cell(before, 'PL_DISTANCE'));
        const differs = present(before, 'PL_DISTANCE')
          ? miles !== null && milesBefore !== null && Math.abs(miles - milesBefore) >= MIN_CHANGE
          : present(now, 'PL_DISTANCE');
        if (differs) flagged.push(first);
      }
      return { Episodes: flagged.sort((a, b) => a - b) };
    },
  }),
];
