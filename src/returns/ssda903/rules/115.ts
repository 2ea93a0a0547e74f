// DATE_PLACED, when given, must be a real DD/MM/YYYY date.
import { invalidDate } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '115',
    definedIn: 'lac2022_23',
    message:
      "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a " +
      'valid date.',
    affectedFields: ['DATE_PLACED'],
    tables: ['PlacedAdoption'],
    validate: invalidDate('PlacedAdoption', 'DATE_PLACED', true),
  }),
];
