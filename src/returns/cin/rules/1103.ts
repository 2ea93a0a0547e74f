import { beforeReferral } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1103',
    definedIn: 'cin2022_23',
    message: 'The assessment start date cannot be before the referral date',
    affectedFields: ['AssessmentActualStartDate', 'CINreferralDate'],
    module: 'Assessments',
    ruleType: 'Error',
    validate: (ctx) => beforeReferral(ctx, 'Assessments', 'AssessmentActualStartDate'),
  }),
];
