import { valueDiffers } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'INT21',
    definedIn: 'lac2022_23',
    message: 'Internal Check: SEX in UASC is different to SEX in Header.',
    affectedFields: ['SEX'],
    tables: ['Header', 'UASC'],
    validate: valueDiffers('UASC', 'SEX', false),
  }),
];
