// SEX_ADOPTR, when given, must be M1, F1, MM, FF or MF.
import { invalidCode } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '176',
    definedIn: 'lac2022_23',
    message: 'The gender of adopter(s) at the date of adoption code is not a valid code.',
    affectedFields: ['SEX_ADOPTR'],
    tables: ['AD1'],
    validate: invalidCode('AD1', 'SEX_ADOPTR', ['M1', 'F1', 'MM', 'FF', 'MF'], true),
  }),
];
