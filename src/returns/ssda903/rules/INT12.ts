import { valueDiffers } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT12',
    definedIn: 'lac2022_23',
    message: 'Internal Check: DOB in PlacedAdoption is different to DOB in Header.',
    affectedFields: ['DOB'],
    tables: ['Header', 'PlacedAdoption'],
    validate: valueDiffers('PlacedAdoption', 'DOB', true),
  }),
];
