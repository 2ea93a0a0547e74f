// Checked for children looked after continuously for 12 months at 31 March (derived from Episodes).
import { plusYears } from '../../common/dates.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { childOf, continuouslyLookedAfter, dayCol } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '543',
    definedIn: 'lac2022_23',
    message:
      'Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet ' +
      'conviction information has not been completed.',
    affectedFields: ['DOB', 'CONVICTED'],
    tables: ['Episodes', 'OC2'],
    validate(ctx) {
      if (!ctx.tables.OC2 || !ctx.tables.Episodes) return undefined;
      const dob = dayCol(ctx, 'OC2', 'DOB');
      const convicted = column(ctx, 'OC2', 'CONVICTED');
      const cla = continuouslyLookedAfter(ctx);
      const childOfRow = childOf(ctx, 'OC2');
      const end = ctx.meta.collectionEnd;
      return {
        OC2: flagWhere(rowCount(ctx, 'OC2'), (i) => {
          const born = dob[i] ?? null;
          if (born === null || cla[childOfRow[i] as number] !== 1) return false;
          return end > plusYears(born, 10) && (convicted[i] ?? null) === null;
        }),
      };
    },
  }),
];
