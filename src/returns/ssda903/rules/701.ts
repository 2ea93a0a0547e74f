import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '701',
    definedIn: 'lac2026_27',
    message: 'The end date of the DoLO is not a valid date.',
    affectedFields: ['DOLO_END'],
    tables: ['DoLo'],
    validate(ctx) {
      if (!ctx.tables.DoLo) return undefined;
      const given = column(ctx, 'DoLo', 'DOLO_END');
      const end = dayCol(ctx, 'DoLo', 'DOLO_END');
      return {
        DoLo: flagWhere(
          rowCount(ctx, 'DoLo'),
          (i) => (given[i] ?? null) !== null && (end[i] ?? null) === null,
        ),
      };
    },
  }),
];
