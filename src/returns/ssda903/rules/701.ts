import { dayCol, flagRows, present } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '701',
    definedIn: 'lac2026_27',
    message: 'The end date of the DoLO is not a valid date.',
    affectedFields: ['DOLO_END'],
    tables: ['DoLo'],
    validate(ctx) {
      const t = ctx.tables.DoLo;
      if (!t) return undefined;
      const end = dayCol(ctx, 'DoLo', 'DOLO_END');
      return { DoLo: flagRows(t, (row, i) => present(row, 'DOLO_END') && (end[i] ?? null) === null) };
    },
  }),
];
