import { childNotIn } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT02',
    definedIn: 'lac2022_23',
    message: 'Internal Check: Child in PlacedAdoption does not exist in Header.',
    affectedFields: ['CHILD'],
    tables: ['Header', 'PlacedAdoption'],
    validate: childNotIn('PlacedAdoption'),
  }),
];
