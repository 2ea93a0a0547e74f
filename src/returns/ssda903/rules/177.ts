// LS_ADOPTR, when given, must be L0, L11, L12, L2, L3 or L4.
import { invalidCode } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '177',
    definedIn: 'lac2022_23',
    message: 'The legal status of adopter(s) code is not a valid code.',
    affectedFields: ['LS_ADOPTR'],
    tables: ['AD1'],
    validate: invalidCode('AD1', 'LS_ADOPTR', ['L0', 'L11', 'L12', 'L2', 'L3', 'L4'], true),
  }),
];
