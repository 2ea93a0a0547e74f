import { valueDiffers } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT16',
    definedIn: 'lac2022_23',
    message: 'Internal Check: DOB in PrevPerm is different to DOB in Header.',
    affectedFields: ['DOB'],
    tables: ['Header', 'PrevPerm'],
    validate: valueDiffers('PrevPerm', 'DOB', true),
  }),
];
