// Each missing period must fit one of the child's periods of care: it may be open only while that
// period of care is open, and must end within it.

import { flagWhere, rowCount } from '../lib/frame.ts';
import { childOf, dayCol, periodsOfCare } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '577',
    definedIn: 'lac2022_23',
    message:
      'Child ceased to be looked after but there is a missing/away from placement without authorisation ' +
      'period without an end date.',
    affectedFields: ['MIS_END'],
    tables: ['Episodes', 'Missing'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Missing) return undefined;
      const started = dayCol(ctx, 'Missing', 'MIS_START');
      const ended = dayCol(ctx, 'Missing', 'MIS_END');
      const periods = periodsOfCare(ctx);
      const childOfRow = childOf(ctx, 'Missing');
      return {
        Missing: flagWhere(rowCount(ctx, 'Missing'), (i) => {
          const s = started[i] ?? null;
          const care = periods(childOfRow[i] as number);
          if (s === null || !care || care.length === 0) return false;
          const e = ended[i] ?? null;
          return care.every(({ start, end }) =>
            e === null ? end !== null || s < start : (end !== null && e > end) || e < start,
          );
        }),
      };
    },
  }),
];
