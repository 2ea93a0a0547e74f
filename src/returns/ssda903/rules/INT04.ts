import { childNotIn } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT04',
    definedIn: 'lac2022_23',
    message: 'Internal Check: Child in Missing does not exist in Header.',
    affectedFields: ['CHILD'],
    tables: ['Header', 'Missing'],
    validate: childNotIn('Missing'),
  }),
];
