import { flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '700',
    definedIn: 'lac2026_27',
    message: 'The start date of the DoLO is not a valid date.',
    affectedFields: ['DOLO_START'],
    tables: ['DoLo'],
    validate(ctx) {
      if (!ctx.tables.DoLo) return undefined;
      const start = dayCol(ctx, 'DoLo', 'DOLO_START');
      return { DoLo: flagWhere(rowCount(ctx, 'DoLo'), (i) => (start[i] ?? null) === null) };
    },
  }),
];
