// This year's first episode must repeat the URN of last year's final episode if it was still open.
import { differsFromLastYear } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '503F',
    definedIn: 'lac2022_23',
    message: 'The Ofsted URN in the  first episode does not match open episode at end of last year.',
    affectedFields: ['URN'],
    tables: ['Episodes', 'Episodes_last'],
    validate: (ctx) => differsFromLastYear(ctx, 'URN'),
  }),
];
