// An ended episode in a residential school (S1) that started before the child's 4th birthday.
import { placedUnderAge } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '373',
    definedIn: 'lac2022_23',
    message: 'Child placed in a school should be at least 4 years old.',
    affectedFields: ['DECOM', 'PLACE'],
    tables: ['Episodes', 'Header'],
    validate: placedUnderAge('S1', 4),
  }),
];
