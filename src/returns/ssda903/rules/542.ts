import { plusYears } from '../../common/dates.ts';
import { dayCol, flagRows, present } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '542',
    definedIn: 'lac2022_23',
    message: 'A child aged under 10 at 31 March should not have conviction information completed.',
    affectedFields: ['CONVICTED'],
    tables: ['OC2'],
    validate(ctx) {
      const oc2 = ctx.tables.OC2;
      if (!oc2) return undefined;
      const dob = dayCol(ctx, 'OC2', 'DOB');
      const end = ctx.meta.collectionEnd;
      return {
        OC2: flagRows(oc2, (row, i) => {
          const born = dob[i] ?? null;
          return born !== null && plusYears(born, 10) > end && present(row, 'CONVICTED');
        }),
      };
    },
  }),
];
