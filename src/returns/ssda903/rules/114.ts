// FOSTER_CARE, when given, must be 0 or 1.
import { invalidCode } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '114',
    definedIn: 'lac2022_23',
    message: 'Data entry to record the status of former carer(s) of an adopted child is invalid.',
    affectedFields: ['FOSTER_CARE'],
    tables: ['AD1'],
    validate: invalidCode('AD1', 'FOSTER_CARE', ['0', '1'], true),
  }),
];
