import { valueDiffers } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT14',
    definedIn: 'lac2022_23',
    message: 'Internal Check: DOB in OC2 is different to DOB in Header.',
    affectedFields: ['DOB'],
    tables: ['Header', 'OC2'],
    validate: valueDiffers('OC2', 'DOB', true),
  }),
];
