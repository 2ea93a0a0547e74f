import { duplicateChildren } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT36',
    definedIn: 'lac2022_23',
    message: 'Internal Check: Child should only exist once in UASC.',
    affectedFields: ['CHILD'],
    tables: ['UASC'],
    validate: duplicateChildren('UASC'),
  }),
];
