// A spell of police protection (legal status L1, consecutive episodes joined) longer than 3 days.
import { legalStatusTooLong } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '361',
    definedIn: 'lac2022_23',
    message:
      'Police protection legal status lasted longer than maximum 72 hours allowed in the Children ' +
      'Act 1989.',
    affectedFields: ['DECOM', 'LS', 'DEC'],
    tables: ['Episodes'],
    validate: legalStatusTooLong('L1', 3),
  }),
];
