// A child already 17 on 1 April must have no SDQ score and no reason for one.
import { plusYears } from '../../common/dates.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC2) return undefined;
  const dob = dayCol(ctx, 'OC2', 'DOB');
  const score = column(ctx, 'OC2', 'SDQ_SCORE');
  const reason = column(ctx, 'OC2', 'SDQ_REASON');
  const start = ctx.meta.collectionStart;
  return {
    OC2: flagWhere(rowCount(ctx, 'OC2'), (i) => {
      const d = dob[i] ?? null;
      const sdq = (score[i] ?? null) !== null || (reason[i] ?? null) !== null;
      return sdq && d !== null && plusYears(d, 17) <= start;
    }),
  };
}

export const versions = [
  defineRule({
    code: '189',
    definedIn: 'lac2022_23',
    message:
      'Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties ' +
      '(SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.',
    affectedFields: ['DOB', 'SDQ_SCORE', 'SDQ_REASON'],
    tables: ['OC2'],
    validate: check,
  }),
];
