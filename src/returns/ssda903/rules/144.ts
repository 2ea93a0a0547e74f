// LS, when given, must be one of the DfE legal status codes.
import { invalidCode } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '144',
    definedIn: 'lac2022_23',
    message: 'The legal status code is not a valid code.',
    affectedFields: ['LS'],
    tables: ['Episodes'],
    validate: invalidCode(
      'Episodes',
      'LS',
      ['C1', 'C2', 'D1', 'E1', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3', 'V2', 'V3', 'V4'],
      true,
    ),
  }),
];
