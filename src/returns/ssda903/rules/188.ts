// A child not yet 4 on 31 March must have no SDQ score and no reason for one.
import { plusYears } from '../../common/dates.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC2) return undefined;
  const dob = dayCol(ctx, 'OC2', 'DOB');
  const score = column(ctx, 'OC2', 'SDQ_SCORE');
  const reason = column(ctx, 'OC2', 'SDQ_REASON');
  const end = ctx.meta.collectionEnd;
  return {
    OC2: flagWhere(rowCount(ctx, 'OC2'), (i) => {
      const d = dob[i] ?? null;
      const sdq = (score[i] ?? null) !== null || (reason[i] ?? null) !== null;
      return sdq && d !== null && plusYears(d, 4) > end;
    }),
  };
}

export const versions = [
  defineRule({
    code: '188',
    definedIn: 'lac2022_23',
    message:
      'Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) ' +
      'score or a reason for no SDQ score has been completed.',
    affectedFields: ['SDQ_SCORE', 'SDQ_REASON'],
    tables: ['OC2'],
    validate: check,
  }),
];
