import { childNotIn } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT05',
    definedIn: 'lac2022_23',
    message: 'Internal Check: Child in OC2 does not exist in Header.',
    affectedFields: ['CHILD'],
    tables: ['Header', 'OC2'],
    validate: childNotIn('OC2'),
  }),
];
