import { valueDiffers } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT18',
    definedIn: 'lac2022_23',
    message: 'Internal Check: DOB in UASC is different to DOB in Header.',
    affectedFields: ['DOB'],
    tables: ['Header', 'UASC'],
    validate: valueDiffers('UASC', 'DOB', true),
  }),
];
