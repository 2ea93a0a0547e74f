// Where LA_PERM or DATE_PERM is given, PREV_PERM must be given too (the recorded cases treat a Z1 with
// details as acceptable; only a missing option is reported).
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '635',
    definedIn: 'lac2022_23',
    message:
      'There are entries for date of order and local authority code where previous permanence option was ' +
      'arranged but previous permanence code is Z1',
    affectedFields: ['LA_PERM', 'DATE_PERM', 'PREV_PERM'],
    tables: ['PrevPerm'],
    validate(ctx) {
      if (!ctx.tables.PrevPerm) return undefined;
      const laPerm = column(ctx, 'PrevPerm', 'LA_PERM');
      const datePerm = column(ctx, 'PrevPerm', 'DATE_PERM');
      const prevPerm = column(ctx, 'PrevPerm', 'PREV_PERM');
      return {
        PrevPerm: flagWhere(
          rowCount(ctx, 'PrevPerm'),
          (i) =>
            ((laPerm[i] ?? null) !== null || (datePerm[i] ?? null) !== null) &&
            (prevPerm[i] ?? null) === null,
        ),
      };
    },
  }),
];
