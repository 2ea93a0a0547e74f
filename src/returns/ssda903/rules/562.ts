// A child's first episode starting before this collection year must be last year's final episode
// (same DECOM as the latest episode in last year's return).

import { dayCol, latest, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '562',
    definedIn: 'lac2022_23',
    message:
      'Episode commenced before the start of the current collection year but there is a missing ' +
      'continuous episode in the previous year.',
    affectedFields: ['DECOM'],
    tables: ['Episodes', 'Episodes_last'],
    validate(ctx) {
      const { Episodes: eps, Episodes_last: epsLast } = ctx.tables;
      if (!eps || !epsLast) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const decomLast = dayCol(ctx, 'Episodes_last', 'DECOM');
      const lastByChild = rowsByChild(ctx, 'Episodes_last');
      const start = ctx.meta.collectionStart;
      const flagged: number[] = [];
      const byChild = rowsByChild(ctx, 'Episodes');
      for (let child = 0; child < byChild.length; child++) {
        const positions = byChild[child];
        if (!positions) continue;
        // The child's earliest episode starting before this collection year, if any.
        let first: number | null = null;
        for (const i of positions) {
          const d = decom[i] ?? null;
          if (d !== null && d < start && (first === null || d < (decom[first] as number))) first = i;
        }
        if (first === null) continue;
        const last = latest(rowsOf(lastByChild, child), decomLast);
        if (last === null || decomLast[last] !== decom[first]) flagged.push(first);
      }
      return { Episodes: flagged.sort((a, b) => a - b) };
    },
  }),
];
