import { childNotIn } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT03',
    definedIn: 'lac2022_23',
    message: 'Internal Check: Child in Episodes does not exist in Header.',
    affectedFields: ['CHILD'],
    tables: ['Header', 'Episodes'],
    validate: childNotIn('Episodes'),
  }),
];
