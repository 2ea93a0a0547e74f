import { valueDiffers } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT17',
    definedIn: 'lac2022_23',
    message: 'Internal Check: DOB in Reviews is different to DOB in Header.',
    affectedFields: ['DOB'],
    tables: ['Header', 'Reviews'],
    validate: valueDiffers('Reviews', 'DOB', true),
  }),
];
