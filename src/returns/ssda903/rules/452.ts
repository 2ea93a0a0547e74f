// When last year's last episode is still open and this year's first episode has the same RNE,
// the placing authority (PL_LA) must be the same in both.

import { cell, present, sameText, yearBoundary } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '452',
    definedIn: 'lac2022_23',
    message:
      'Contradiction between local authority of placement code in the last episode of the previous year ' +
      'and in the first episode of the current year.',
    affectedFields: ['PL_LA'],
    tables: ['Episodes', 'Episodes_last'],
    validate(ctx) {
      const eps = ctx.tables.Episodes;
      const epsLast = ctx.tables.Episodes_last;
      if (!eps || !epsLast) return undefined;
      const flagged: number[] = [];
      for (const { first, last } of yearBoundary(ctx)) {
        const now = eps.rows[first];
        const before = epsLast.rows[last];
        const rne = cell(now, 'RNE');
        if (rne === null || rne !== cell(before, 'RNE') || present(before, 'DEC')) continue;
        if (!sameText(cell(now, 'PL_LA'), cell(before, 'PL_LA'))) flagged.push(first);
      }
      return { Episodes: flagged.sort((a, b) => a - b) };
    },
  }),
];
