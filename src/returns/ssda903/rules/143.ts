// RNE, when given, must be B, L, P, S, T or U.
import { invalidCode } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '143',
    definedIn: 'lac2022_23',
    message: 'The reason for new episode code is not a valid code.',
    affectedFields: ['RNE'],
    tables: ['Episodes'],
    validate: invalidCode('Episodes', 'RNE', ['S', 'P', 'L', 'T', 'U', 'B'], true),
  }),
];
