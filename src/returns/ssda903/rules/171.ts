// MC_DOB, when given, must be a real DD/MM/YYYY date.
import { invalidDate } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '171',
    definedIn: 'lac2022_23',
    message: "Date of birth of mother's child is not a valid date.",
    affectedFields: ['MC_DOB'],
    tables: ['Header'],
    validate: invalidDate('Header', 'MC_DOB', true),
  }),
];
