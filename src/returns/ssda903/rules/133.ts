// ACCOM must be one of the DfE accommodation codes (blank is invalid).
import { invalidCode } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

const ACCOM = [
  ...['B1', 'B2', 'C1', 'C2', 'D1', 'D2', 'E1', 'E2', 'G1', 'G2', 'H1', 'H2', 'K1', 'K2', 'R1', 'R2'],
  ...['S2', 'T1', 'T2', 'U1', 'U2', 'V1', 'V2', 'W1', 'W2', 'X2', 'Y1', 'Y2', 'Z1', 'Z2', '0'],
];

export const versions = [
  defineRule({
    code: '133',
    definedIn: 'lac2022_23',
    message:
      'Data entry for accommodation after leaving care is invalid. If reporting on a childs ' +
      'accommodation after leaving care the data entry must be valid',
    affectedFields: ['ACCOM'],
    tables: ['OC3'],
    validate: invalidCode('OC3', 'ACCOM', ACCOM, false),
  }),
];
