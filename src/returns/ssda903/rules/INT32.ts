import { duplicateChildren } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT32',
    definedIn: 'lac2022_23',
    message: 'Internal Check: Child should only exist once in Header.',
    affectedFields: ['CHILD'],
    tables: ['Header'],
    validate: duplicateChildren('Header'),
  }),
];
