// This year's first episode must repeat the PL_DISTANCE of last year's final episode if it was still open.
import { differsFromLastYear } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '503G',
    definedIn: 'lac2022_23',
    message: 'The distance in first episode does not match open episode at end of last year.',
    affectedFields: ['PL_DISTANCE'],
    tables: ['Episodes', 'Episodes_last'],
    validate: (ctx) => differsFromLastYear(ctx, 'PL_DISTANCE'),
  }),
];
