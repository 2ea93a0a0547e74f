// DEC, when given, must be a real DD/MM/YYYY date.
import { invalidDate } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '147',
    definedIn: 'lac2022_23',
    message: 'Date episode ceased is not a valid date.',
    affectedFields: ['DEC'],
    tables: ['Episodes'],
    validate: invalidDate('Episodes', 'DEC', true),
  }),
];
