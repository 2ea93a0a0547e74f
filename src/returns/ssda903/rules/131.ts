// IN_TOUCH must be one of the DfE codes (blank is invalid).
import { invalidCode } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '131',
    definedIn: 'lac2022_23',
    message: 'Data entry for being in touch after leaving care is invalid.',
    affectedFields: ['IN_TOUCH'],
    tables: ['OC3'],
    validate: invalidCode('OC3', 'IN_TOUCH', ['YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM'], false),
  }),
];
