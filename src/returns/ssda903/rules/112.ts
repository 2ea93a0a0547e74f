// DATE_INT, when given, must be a real DD/MM/YYYY date.
import { invalidDate } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '112',
    definedIn: 'lac2022_23',
    message: 'Date should be placed for adoption is not a valid date.',
    affectedFields: ['DATE_INT'],
    tables: ['AD1'],
    validate: invalidDate('AD1', 'DATE_INT', true),
  }),
];
