import { duplicateChildren } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT34',
    definedIn: 'lac2022_23',
    message: 'Internal Check: Child should only exist once in OC3.',
    affectedFields: ['CHILD'],
    tables: ['OC3'],
    validate: duplicateChildren('OC3'),
  }),
];
