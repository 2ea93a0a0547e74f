// Where LA_PERM or DATE_PERM is given, PREV_PERM must be given too (the recorded cases treat a Z1 with
// details as acceptable; only a missing option is reported).
import { flagRows, present } from '../lib/shared-d.ts';
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
    validate({ tables }) {
      const t = tables.PrevPerm;
      if (!t) return undefined;
      return {
        PrevPerm: flagRows(
          t,
          (row) => (present(row, 'LA_PERM') || present(row, 'DATE_PERM')) && !present(row, 'PREV_PERM'),
        ),
      };
    },
  }),
];
