import { flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '586',
    definedIn: 'lac2022_23',
    message: 'Dates of missing periods are before child’s date of birth.',
    affectedFields: ['MIS_START'],
    tables: ['Missing'],
    validate(ctx) {
      if (!ctx.tables.Missing) return undefined;
      const dob = dayCol(ctx, 'Missing', 'DOB');
      const started = dayCol(ctx, 'Missing', 'MIS_START');
      return {
        Missing: flagWhere(rowCount(ctx, 'Missing'), (i) => {
          const s = started[i] ?? null;
          const born = dob[i] ?? null;
          return s !== null && born !== null && s <= born;
        }),
      };
    },
  }),
];
