// An ended episode in youth custody or prison (R5) that started before the child's 10th birthday.
import { placedUnderAge } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '372',
    definedIn: 'lac2022_23',
    message: 'Child in youth custody or prison should be at least 10.',
    affectedFields: ['DECOM', 'PLACE'],
    tables: ['Episodes', 'Header'],
    validate: placedUnderAge('R5', 10),
  }),
];
