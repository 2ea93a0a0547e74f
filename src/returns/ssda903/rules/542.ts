import { plusYears } from '../../common/dates.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '542',
    definedIn: 'lac2022_23',
    message: 'A child aged under 10 at 31 March should not have conviction information completed.',
    affectedFields: ['CONVICTED'],
    tables: ['OC2'],
    validate(ctx) {
      if (!ctx.tables.OC2) return undefined;
      const dob = dayCol(ctx, 'OC2', 'DOB');
      const convicted = column(ctx, 'OC2', 'CONVICTED');
      const end = ctx.meta.collectionEnd;
      return {
        OC2: flagWhere(rowCount(ctx, 'OC2'), (i) => {
          const born = dob[i] ?? null;
          return born !== null && plusYears(born, 10) > end && (convicted[i] ?? null) !== null;
        }),
      };
    },
  }),
];
