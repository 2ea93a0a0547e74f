// ACTIV must be one of the DfE activity codes (blank is invalid).
import { invalidCode } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '132',
    definedIn: 'lac2022_23',
    message: 'Data entry for activity after leaving care is invalid.',
    affectedFields: ['ACTIV'],
    tables: ['OC3'],
    validate: invalidCode(
      'OC3',
      'ACTIV',
      ['F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6', '0'],
      false,
    ),
  }),
];
