import { childNotIn } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT01',
    definedIn: 'lac2022_23',
    message: 'Data Integrity Check: Child in AD1 does not exist in Header.',
    affectedFields: ['CHILD'],
    tables: ['Header', 'AD1'],
    validate: childNotIn('AD1'),
  }),
];
