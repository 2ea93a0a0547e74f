// An ended episode in independent living (P2) that started before the child was old enough
// (15, or 16 from 2023/24).
import { placedUnderAge } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '370',
    definedIn: 'lac2022_23',
    message: 'Child in independent living should be at least 15.',
    affectedFields: ['DECOM', 'PLACE'],
    tables: ['Episodes', 'Header'],
    validate: placedUnderAge('P2', 15),
  }),
  defineRule({
    code: '370',
    definedIn: 'lac2023_24',
    message: 'Child in independent living should be at least 16.',
    affectedFields: ['DECOM', 'PLACE'],
    tables: ['Episodes', 'Header'],
    validate: placedUnderAge('P2', 16),
  }),
];
