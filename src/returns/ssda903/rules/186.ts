// A child looked after all year, 4+ at the start and under 17 at the end, needs an SDQ score or a reason.
import { plusYears } from '../../common/dates.ts';
import { column, flagWhere, isIn, rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { continuouslyLookedAfter, dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC2 || !ctx.tables.Episodes) return undefined;
  const cla = continuouslyLookedAfter(ctx);
  const children = trimmedChildKeys(ctx, 'OC2');
  const dob = dayCol(ctx, 'OC2', 'DOB');
  const score = column(ctx, 'OC2', 'SDQ_SCORE');
  const reason = column(ctx, 'OC2', 'SDQ_REASON');
  const { collectionStart: start, collectionEnd: end } = ctx.meta;
  return {
    OC2: flagWhere(rowCount(ctx, 'OC2'), (i) => {
      const d = dob[i] ?? null;
      return (
        (score[i] ?? null) === null &&
        (reason[i] ?? null) === null &&
        d !== null &&
        isIn(children[i], cla) &&
        plusYears(d, 4) <= start &&
        plusYears(d, 17) > end
      );
    }),
  };
}

export const versions = [
  defineRule({
    code: '186',
    definedIn: 'lac2022_23',
    message:
      'Children aged 4 or over at the start of the year and children aged under 17 at the end of the ' +
      'year and who have been looked after for at least 12 months continuously should have a ' +
      'Strengths and Difficulties (SDQ) score completed.',
    affectedFields: ['SDQ_SCORE'],
    tables: ['Episodes', 'OC2'],
    validate: check,
  }),
];
