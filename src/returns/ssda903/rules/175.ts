// NB_ADOPTR, when given, must be 1 or 2.
import { invalidCode } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '175',
    definedIn: 'lac2022_23',
    message: 'The number of adopter(s) code is not a valid code.',
    affectedFields: ['NB_ADOPTR'],
    tables: ['AD1'],
    validate: invalidCode('AD1', 'NB_ADOPTR', ['1', '2'], true),
  }),
];
