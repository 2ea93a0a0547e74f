import { duplicateChildren } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT31',
    definedIn: 'lac2022_23',
    message: 'Internal Check: Child should only exist once in AD1.',
    affectedFields: ['CHILD'],
    tables: ['AD1'],
    validate: duplicateChildren('AD1'),
  }),
];
