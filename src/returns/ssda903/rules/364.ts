// A spell of PACE detention (legal status J2, consecutive episodes joined) longer than 21 days.
import { legalStatusTooLong } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '364',
    definedIn: 'lac2022_23',
    message:
      'Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a ' +
      'child can be detained in custody in Local Authority (LA) accommodation.',
    affectedFields: ['LS', 'DECOM', 'DEC'],
    tables: ['Episodes'],
    validate: legalStatusTooLong('J2', 21),
  }),
];
