// A missing period must start within one of the child's periods of care.

import { flagWhere, rowCount } from '../lib/frame.ts';
import { childOf, dayCol, periodsOfCare } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '578',
    definedIn: 'lac2022_23',
    message: 'The date that the child started to be missing is after the child ceased to be looked after.',
    affectedFields: ['MIS_START'],
    tables: ['Episodes', 'Missing'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Missing) return undefined;
      const started = dayCol(ctx, 'Missing', 'MIS_START');
      const periods = periodsOfCare(ctx);
      const childOfRow = childOf(ctx, 'Missing');
      return {
        Missing: flagWhere(rowCount(ctx, 'Missing'), (i) => {
          const s = started[i] ?? null;
          const care = periods(childOfRow[i] as number);
          if (s === null || !care || care.length === 0) return false;
          return care.every(({ start, end }) => s < start || (end !== null && s > end));
        }),
      };
    },
  }),
];
