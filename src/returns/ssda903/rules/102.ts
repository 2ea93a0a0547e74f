// DOB must be a real DD/MM/YYYY date (blank is invalid).
import { invalidDate } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '102',
    definedIn: 'lac2022_23',
    message: 'Date of birth is not a valid date.',
    affectedFields: ['DOB'],
    tables: ['Header'],
    validate: invalidDate('Header', 'DOB', false),
  }),
];
