// REASON_PLACED_CEASED, when given, must be RD1-RD4.
import { invalidCode } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '120',
    definedIn: 'lac2022_23',
    message:
      'The reason for the reversal of the decision that the child should be placed for adoption code ' +
      'is not valid.',
    affectedFields: ['REASON_PLACED_CEASED'],
    tables: ['PlacedAdoption'],
    validate: invalidCode('PlacedAdoption', 'REASON_PLACED_CEASED', ['RD1', 'RD2', 'RD3', 'RD4'], true),
  }),
];
