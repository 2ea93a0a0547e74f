// A section 47 enquiry's initial child protection conference must not be before the referral date
// of its CIN episode.
import { beforeReferral } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1104',
    definedIn: 'cin2022_23',
    message: 'The date of the initial child protection conference cannot be before the referral date',
    affectedFields: ['CINreferralDate', 'DateOfInitialCPC'],
    module: 'Section47',
    ruleType: 'Error',
    validate: (ctx) => beforeReferral(ctx, 'Section47', 'DateOfInitialCPC'),
  }),
];
