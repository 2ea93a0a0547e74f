// This year's first episode must repeat the PLACE_PROVIDER of last year's final episode if still open.
import { differsFromLastYear } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '503E',
    definedIn: 'lac2022_23',
    message: 'The placement provider in the first episode does not match open episode at end of last year.',
    affectedFields: ['PLACE_PROVIDER'],
    tables: ['Episodes', 'Episodes_last'],
    validate: (ctx) => differsFromLastYear(ctx, 'PLACE_PROVIDER'),
  }),
];
