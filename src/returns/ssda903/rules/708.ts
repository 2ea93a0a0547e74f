// A DoLO must start after the child's date of birth (the DoLo table's own DOB).
import { flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '708',
    definedIn: 'lac2026_27',
    message: 'Dates of DoLOs are before child’s date of birth.',
    affectedFields: ['DOLO_START'],
    tables: ['DoLo'],
    validate(ctx) {
      if (!ctx.tables.DoLo) return undefined;
      const start = dayCol(ctx, 'DoLo', 'DOLO_START');
      const dob = dayCol(ctx, 'DoLo', 'DOB');
      return {
        DoLo: flagWhere(rowCount(ctx, 'DoLo'), (i) => {
          const s = start[i] ?? null;
          const b = dob[i] ?? null;
          return s !== null && b !== null && s <= b;
        }),
      };
    },
  }),
];
