// SDQ_REASON must be blank when SDQ_SCORE is given.
import { flagRows, present } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  const oc2 = ctx.tables.OC2;
  if (!oc2) return undefined;
  return { OC2: flagRows(oc2, (r) => present(r, 'SDQ_SCORE') && present(r, 'SDQ_REASON')) };
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
