// When last year's last episode is still open and this year's first episode has the same RNE,
// the placing authority (PL_LA) must be the same in both.

import { column } from '../lib/frame.ts';
import { sameText, yearBoundary } from '../lib/shared-c.ts';
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
      if (!ctx.tables.Episodes || !ctx.tables.Episodes_last) return undefined;
      const rne = column(ctx, 'Episodes', 'RNE');
      const placeLa = column(ctx, 'Episodes', 'PL_LA');
      const rneLast = column(ctx, 'Episodes_last', 'RNE');
      const decLast = column(ctx, 'Episodes_last', 'DEC');
      const placeLaLast = column(ctx, 'Episodes_last', 'PL_LA');
      const flagged: number[] = [];
      const boundary = yearBoundary(ctx);
      for (let k = 0; k < boundary.size; k++) {
        const first = boundary.first[k] as number;
        const last = boundary.last[k] as number;
        // `first` is this year's first episode, `last` last year's last one.
        const reason = rne[first] ?? null;
        const stillOpen = (decLast[last] ?? null) === null;
        if (reason === null || reason !== (rneLast[last] ?? null) || !stillOpen) continue;
        if (!sameText(placeLa[first] ?? null, placeLaLast[last] ?? null)) flagged.push(first);
      }
      return { Episodes: flagged.sort((a, b) => a - b) };
    },
  }),
];
