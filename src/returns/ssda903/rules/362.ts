// A spell of emergency protection order (legal status L2, consecutive episodes joined) longer than
// 21 days.
import { legalStatusTooLong } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '362',
    definedIn: 'lac2022_23',
    message: 'Emergency protection order (EPO) lasted longer than 21 days',
    affectedFields: ['DECOM', 'LS', 'DEC'],
    tables: ['Episodes'],
    validate: legalStatusTooLong('L2', 21),
  }),
];
