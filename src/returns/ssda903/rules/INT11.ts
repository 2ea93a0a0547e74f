import { valueDiffers } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT11',
    definedIn: 'lac2022_23',
    message: 'Internal Check: DOB in AD1 is different to DOB in Header.',
    affectedFields: ['DOB'],
    tables: ['Header', 'AD1'],
    validate: valueDiffers('AD1', 'DOB', true),
  }),
];
