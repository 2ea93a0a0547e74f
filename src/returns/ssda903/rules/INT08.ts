import { childNotIn } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT08',
    definedIn: 'lac2022_23',
    message: 'Internal Check: Child in Reviews does not exist in Header.',
    affectedFields: ['CHILD'],
    tables: ['Header', 'Reviews'],
    validate: childNotIn('Reviews'),
  }),
];
