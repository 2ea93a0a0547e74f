import { valueDiffers } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT13',
    definedIn: 'lac2022_23',
    message: 'Internal Check: DOB in Missing is different to DOB in Header.',
    affectedFields: ['DOB'],
    tables: ['Header', 'Missing'],
    validate: valueDiffers('Missing', 'DOB', true),
  }),
];
