// A missing period must start during one of the child's episodes (on or after DECOM, on or before DEC).

import { flagWhere, rowCount } from '../lib/frame.ts';
import { childOf, dayCol, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '581',
    definedIn: 'lac2022_23',
    message: 'Child is missing but has not yet started to be looked after.',
    affectedFields: ['MIS_START'],
    tables: ['Episodes', 'Missing'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Missing) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const started = dayCol(ctx, 'Missing', 'MIS_START');
      const childOfRow = childOf(ctx, 'Missing');
      const epsByChild = rowsByChild(ctx, 'Episodes');
      return {
        Missing: flagWhere(rowCount(ctx, 'Missing'), (i) => {
          const episodes = rowsOf(epsByChild, childOfRow[i]);
          const s = started[i] ?? null;
          if (episodes.length === 0 || s === null) return false;
          return !episodes.some((j) => {
            const from = decom[j] ?? null;
            const to = dec[j] ?? null;
            return from !== null && s >= from && (to === null || s <= to);
          });
        }),
      };
    },
  }),
];
