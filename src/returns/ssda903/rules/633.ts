// LA_PERM, when given, must be an English council's three-digit code or one of WAL, SCO, NUK, NIR.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

const LA_CODES = (
  '800,889,822,301,304,303,330,825,837,302,846,370,350,890,867,380,305,801,351,873,823,895,896,' +
  '381,909,202,908,331,306,841,830,831,878,371,835,332,840,307,308,811,881,845,390,916,203,876,' +
  '850,311,204,884,312,205,313,805,919,310,309,420,921,206,207,886,810,382,314,340,888,208,856,' +
  '383,855,209,925,341,201,821,352,806,887,826,315,929,812,391,926,892,813,802,928,891,392,316,' +
  '815,353,931,879,836,851,874,807,354,317,870,318,372,857,333,935,343,803,373,342,893,356,355,' +
  '871,394,334,933,882,936,861,852,319,860,808,393,866,210,357,894,883,880,358,211,937,869,320,' +
  '359,865,384,335,336,212,868,872,885,344,877,213,938,816,999'
).split(',');
const VALID = new Set([...LA_CODES, 'WAL', 'SCO', 'NUK', 'NIR']);

export const versions = [
  defineRule({
    code: '633',
    definedIn: 'lac2022_23',
    message: 'Local authority code where previous permanence option was arranged is not a valid value.',
    affectedFields: ['LA_PERM'],
    tables: ['PrevPerm'],
    validate(ctx) {
      if (!ctx.tables.PrevPerm) return undefined;
      const laPerm = column(ctx, 'PrevPerm', 'LA_PERM');
      return {
        PrevPerm: flagWhere(rowCount(ctx, 'PrevPerm'), (i) => {
          const v = laPerm[i] ?? null;
          return v !== null && !VALID.has(v);
        }),
      };
    },
  }),
];
