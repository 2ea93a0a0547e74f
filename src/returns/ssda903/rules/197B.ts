// A child looked after all year who turns 4 or 17 during the year needs an SDQ score or a reason for none.
import { plusYears } from '../../common/dates.ts';
import { column, flagWhere, isIn, rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { continuouslyLookedAfter, dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC2 || !ctx.tables.Episodes) return undefined;
  const cla = continuouslyLookedAfter(ctx);
  const child = trimmedChildKeys(ctx, 'OC2');
  const score = column(ctx, 'OC2', 'SDQ_SCORE');
  const reason = column(ctx, 'OC2', 'SDQ_REASON');
  const dob = dayCol(ctx, 'OC2', 'DOB');
  const { collectionStart: start, collectionEnd: end } = ctx.meta;
  const inYear = (day: number) => day >= start && day <= end;
  return {
    OC2: flagWhere(rowCount(ctx, 'OC2'), (i) => {
      const d = dob[i] ?? null;
      return (
        (score[i] ?? null) === null &&
        (reason[i] ?? null) === null &&
        d !== null &&
        isIn(child[i], cla) &&
        (inYear(plusYears(d, 4)) || inYear(plusYears(d, 17)))
      );
    }),
  };
}

export const versions = [
  defineRule({
    code: '197B',
    definedIn: 'lac2022_23',
    message: 'SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.',
    affectedFields: ['SDQ_REASON', 'DOB'],
    tables: ['OC2', 'Episodes'],
    validate: check,
  }),
];
