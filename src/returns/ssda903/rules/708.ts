// A DoLO must start after the child's date of birth (the DoLo table's own DOB).
import { dayCol, flagRows } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '708',
    definedIn: 'lac2026_27',
    message: 'Dates of DoLOs are before child’s date of birth.',
    affectedFields: ['DOLO_START'],
    tables: ['DoLo'],
    validate(ctx) {
      const t = ctx.tables.DoLo;
      if (!t) return undefined;
      const start = dayCol(ctx, 'DoLo', 'DOLO_START');
      const dob = dayCol(ctx, 'DoLo', 'DOB');
      return {
        DoLo: flagRows(t, (_row, i) => {
          const s = start[i] ?? null;
          const b = dob[i] ?? null;
          return s !== null && b !== null && s <= b;
        }),
      };
    },
  }),
];
