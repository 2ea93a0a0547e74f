// An ended episode in semi-independent or supported accommodation (H5, K3 from 2024/25) that started
// before the child was old enough (14, or 16 from 2023/24).
import { placedUnderAge } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '371',
    definedIn: 'lac2022_23',
    message:
      'Child in semi-independent living accommodation not subject to children’s homes regulations ' +
      'should be at least 14.',
    affectedFields: ['DECOM', 'PLACE'],
    tables: ['Episodes', 'Header'],
    validate: placedUnderAge('H5', 14),
  }),
  defineRule({
    code: '371',
    definedIn: 'lac2023_24',
    message:
      'Child in semi-independent living accommodation not subject to children’s homes regulations ' +
      'should be at least 16.',
    affectedFields: ['DECOM', 'PLACE'],
    tables: ['Episodes', 'Header'],
    validate: placedUnderAge('H5', 16),
  }),
  defineRule({
    code: '371',
    definedIn: 'lac2024_25',
    message:
      'Child in supported accomodation not subject to children’s homes regulations should be at ' +
      'least 16.',
    affectedFields: ['DECOM', 'PLACE'],
    tables: ['Episodes', 'Header'],
    validate: placedUnderAge('K3', 16),
  }),
];
