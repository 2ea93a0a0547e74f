// SDQ_REASON must be blank when SDQ_SCORE is given.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC2) return undefined;
  const score = column(ctx, 'OC2', 'SDQ_SCORE');
  const reason = column(ctx, 'OC2', 'SDQ_REASON');
  return {
    OC2: flagWhere(rowCount(ctx, 'OC2'), (i) => (score[i] ?? null) !== null && (reason[i] ?? null) !== null),
  };
}

export const versions = [
  defineRule({
    code: '197a',
    definedIn: 'lac2022_23',
    message:
      'Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and ' +
      'Difficulties Questionnaire score is filled in.',
    affectedFields: ['SDQ_SCORE', 'SDQ_REASON'],
    tables: ['OC2'],
    validate: check,
  }),
];
