// An ended episode in residential employment (P3) that started before the child's 14th birthday.
import { placedUnderAge } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '374',
    definedIn: 'lac2022_23',
    message: 'Child in residential employment should be at least 14 years old.',
    affectedFields: ['DECOM', 'PLACE'],
    tables: ['Episodes', 'Header'],
    validate: placedUnderAge('P3', 14),
  }),
];
