// DATE_MATCH, when given, must be a real DD/MM/YYYY date.
import { invalidDate } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '113',
    definedIn: 'lac2022_23',
    message: 'Date matching child and adopter(s) is not a valid date.',
    affectedFields: ['DATE_MATCH'],
    tables: ['AD1'],
    validate: invalidDate('AD1', 'DATE_MATCH', true),
  }),
];
