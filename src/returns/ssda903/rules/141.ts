// DECOM, when given, must be a real DD/MM/YYYY date.
import { invalidDate } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '141',
    definedIn: 'lac2022_23',
    message: 'Date episode began is not a valid date.',
    affectedFields: ['DECOM'],
    tables: ['Episodes'],
    validate: invalidDate('Episodes', 'DECOM', true),
  }),
];
