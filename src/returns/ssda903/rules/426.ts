// A child with both V3 and V4 short-break episodes in the year: all of those episodes are flagged.
import { childRows, col, isIn, positions, V3_V4 } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '426',
    definedIn: 'lac2022_23',
    message:
      'A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the ' +
      'same year.',
    affectedFields: ['LS'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const ls = col(ctx, 'Episodes', 'LS');
      const flagged: number[] = [];
      for (const rows of childRows(ctx, 'Episodes').values()) {
        if (rows.length < 2) continue;
        const v3 = rows.some((i) => ls[i] === 'V3');
        const v4 = rows.some((i) => ls[i] === 'V4');
        if (v3 && v4) flagged.push(...rows.filter((i) => isIn(ls[i], V3_V4)));
      }
      return { Episodes: positions(flagged) };
    },
  }),
];
