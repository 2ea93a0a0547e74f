import { childNotIn } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT09',
    definedIn: 'lac2022_23',
    message: 'Internal Check: Child in UASC does not exist in Header.',
    affectedFields: ['CHILD'],
    tables: ['Header', 'UASC'],
    validate: childNotIn('UASC'),
  }),
];
