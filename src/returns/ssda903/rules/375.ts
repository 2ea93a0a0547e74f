// A temporary placement for hospitalisation (T1) that lasted more than six weeks (42 days).
import { temporaryTooLong } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '375',
    definedIn: 'lac2022_23',
    message: 'Hospitalisation coded as a temporary placement exceeds six weeks.',
    affectedFields: ['DECOM', 'PLACE'],
    tables: ['Episodes', 'Header'],
    validate: temporaryTooLong('T1', 42),
  }),
];
