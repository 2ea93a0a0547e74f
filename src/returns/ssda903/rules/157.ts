// SDQ1 (too young/old) must not explain a missing SDQ score for a 4-16 year old looked after all year.
import { plusYears } from '../../common/dates.ts';
import { column, flagWhere, isIn, rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { continuouslyLookedAfter, dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC2 || !ctx.tables.Episodes) return undefined;
  const cla = continuouslyLookedAfter(ctx);
  const children = trimmedChildKeys(ctx, 'OC2');
  const dob = dayCol(ctx, 'OC2', 'DOB');
  const reason = column(ctx, 'OC2', 'SDQ_REASON');
  const score = column(ctx, 'OC2', 'SDQ_SCORE');
  const { collectionStart: start, collectionEnd: end } = ctx.meta;
  return {
    OC2: flagWhere(rowCount(ctx, 'OC2'), (i) => {
      const d = dob[i] ?? null;
      return (
        reason[i] === 'SDQ1' &&
        (score[i] ?? null) === null &&
        d !== null &&
        isIn(children[i], cla) &&
        plusYears(d, 4) <= start &&
        plusYears(d, 16) >= end
      );
    }),
  };
}

export const versions = [
  defineRule({
    code: '157',
    definedIn: 'lac2022_23',
    message:
      'Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of ' +
      'the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason ' +
      'for no Strengths and Difficulties Questionnaire (SDQ) score.',
    affectedFields: ['SDQ_REASON', 'DOB'],
    tables: ['OC2', 'Episodes'],
    validate: check,
  }),
];
