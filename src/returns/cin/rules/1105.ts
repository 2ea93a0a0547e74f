import { beforeReferral } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1105',
    definedIn: 'cin2022_23',
    message: 'The child protection plan start date cannot be before the referral date',
    affectedFields: ['CPPstartDate', 'CINreferralDate'],
    module: 'ChildProtectionPlans',
    ruleType: 'Error',
    validate: (ctx) => beforeReferral(ctx, 'ChildProtectionPlans', 'CPPstartDate'),
  }),
];
