import { beforeReferral } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '2889',
    definedIn: 'cin2022_23',
    message: 'The S47 start date cannot be before the referral date.',
    affectedFields: ['S47ActualStartDate', 'CINreferralDate'],
    module: 'Section47',
    ruleType: 'Error',
    validate: (ctx) => beforeReferral(ctx, 'Section47', 'S47ActualStartDate'),
  }),
];
