// CIN, when given, must be N1-N8.
import { invalidCode } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '145',
    definedIn: 'lac2022_23',
    message: 'Category of need code is not a valid code.',
    affectedFields: ['CIN'],
    tables: ['Episodes'],
    validate: invalidCode('Episodes', 'CIN', ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8'], true),
  }),
];
