// A spell of child assessment order (legal status L3, consecutive episodes joined) longer than 7
// days.
import { legalStatusTooLong } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '363',
    definedIn: 'lac2022_23',
    message: 'Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.',
    affectedFields: ['LS', 'DECOM', 'DEC'],
    tables: ['Episodes'],
    validate: legalStatusTooLong('L3', 7),
  }),
];
