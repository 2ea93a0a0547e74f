import { valueDiffers } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT15',
    definedIn: 'lac2022_23',
    message: 'Internal Check: DOB in OC3 is different to DOB in Header.',
    affectedFields: ['DOB'],
    tables: ['Header', 'OC3'],
    validate: valueDiffers('OC3', 'DOB', true),
  }),
];
