// A temporary placement for an unspecified reason (T4) that lasted more than seven days.
import { temporaryTooLong } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '379',
    definedIn: 'lac2022_23',
    message: 'Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.',
    affectedFields: ['DECOM', 'PLACE'],
    tables: ['Episodes', 'Header'],
    validate: temporaryTooLong('T4', 7),
  }),
];
