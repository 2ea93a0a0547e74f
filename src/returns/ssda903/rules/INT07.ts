import { childNotIn } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT07',
    definedIn: 'lac2022_23',
    message: 'Internal Check: Child in PrevPerm does not exist in Header.',
    affectedFields: ['CHILD'],
    tables: ['Header', 'PrevPerm'],
    validate: childNotIn('PrevPerm'),
  }),
];
