// A child already 17 on 1 April must have no SDQ score and no reason for one.
import { plusYears } from '../../common/dates.ts';
import { dayCol, flagRows, present } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  const oc2 = ctx.tables.OC2;
  if (!oc2) return undefined;
  const dob = dayCol(ctx, 'OC2', 'DOB');
  const start = ctx.meta.collectionStart;
  return {
    OC2: flagRows(oc2, (r, i) => {
      const d = dob[i] ?? null;
      return (present(r, 'SDQ_SCORE') || present(r, 'SDQ_REASON')) && d !== null && plusYears(d, 17) <= start;
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
