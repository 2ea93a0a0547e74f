import { dayCol, flagRows } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '703',
    definedIn: 'lac2026_27',
    message: 'The date that the DoLO started is after the end of the collection year.',
    affectedFields: ['DOLO_START'],
    tables: ['DoLo'],
    validate(ctx) {
      const t = ctx.tables.DoLo;
      if (!t) return undefined;
      const start = dayCol(ctx, 'DoLo', 'DOLO_START');
      const end = ctx.meta.collectionEnd;
      return { DoLo: flagRows(t, (_row, i) => (start[i] ?? null) !== null && (start[i] as number) > end) };
    },
  }),
];
