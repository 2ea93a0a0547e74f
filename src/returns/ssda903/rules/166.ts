// REVIEW must be a real DD/MM/YYYY date; a blank review date is invalid too.
import { invalidDate } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '166',
    definedIn: 'lac2022_23',
    message: 'Date of review is invalid or blank.',
    affectedFields: ['REVIEW'],
    tables: ['Reviews'],
    validate: invalidDate('Reviews', 'REVIEW', false),
  }),
];
