// SDQ1 (too young/old) must not explain a missing SDQ score for a 4-16 year old looked after all year.
import { plusYears } from '../../common/dates.ts';
import { cell, continuouslyLookedAfter, dayCol, flagRows, hasChild, present } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  const oc2 = ctx.tables.OC2;
  if (!oc2 || !ctx.tables.Episodes) return undefined;
  const cla = continuouslyLookedAfter(ctx);
  const dob = dayCol(ctx, 'OC2', 'DOB');
  const { collectionStart: start, collectionEnd: end } = ctx.meta;
  return {
    OC2: flagRows(oc2, (r, i) => {
      const d = dob[i] ?? null;
      return (
        cell(r, 'SDQ_REASON') === 'SDQ1' &&
        !present(r, 'SDQ_SCORE') &&
        d !== null &&
        hasChild(cla, r) &&
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
