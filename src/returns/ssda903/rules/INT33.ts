import { duplicateChildren } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT33',
    definedIn: 'lac2022_23',
    message: 'Internal Check: Child should only exist once in OC2.',
    affectedFields: ['CHILD'],
    tables: ['OC2'],
    validate: duplicateChildren('OC2'),
  }),
];
