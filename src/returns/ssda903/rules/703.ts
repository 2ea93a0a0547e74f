import { flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '703',
    definedIn: 'lac2026_27',
    message: 'The date that the DoLO started is after the end of the collection year.',
    affectedFields: ['DOLO_START'],
    tables: ['DoLo'],
    validate(ctx) {
      if (!ctx.tables.DoLo) return undefined;
      const start = dayCol(ctx, 'DoLo', 'DOLO_START');
      const end = ctx.meta.collectionEnd;
      return {
        DoLo: flagWhere(
          rowCount(ctx, 'DoLo'),
          (i) => (start[i] ?? null) !== null && (start[i] as number) > end,
        ),
      };
    },
  }),
];
