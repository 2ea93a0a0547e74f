import { beforeReferral } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '4015',
    definedIn: 'cin2022_23',
    message: 'The CIN Plan start date cannot be before the referral date',
    affectedFields: ['CINPlanStartDate', 'CINreferralDate'],
    module: 'CINplanDates',
    ruleType: 'Error',
    validate: (ctx) => beforeReferral(ctx, 'CINplanDates', 'CINPlanStartDate'),
  }),
];
