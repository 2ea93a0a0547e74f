import { childNotIn } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT06',
    definedIn: 'lac2022_23',
    message: 'Internal Check: Child in OC3 does not exist in Header.',
    affectedFields: ['CHILD'],
    tables: ['Header', 'OC3'],
    validate: childNotIn('OC3'),
  }),
];
