// This year's first episode must repeat the CIN of last year's final episode if that was still open.
import { differsFromLastYear } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '503C',
    definedIn: 'lac2022_23',
    message: 'The category of need in the first episode does not match open episode at end of last year.',
    affectedFields: ['CIN'],
    tables: ['Episodes', 'Episodes_last'],
    validate: (ctx) => differsFromLastYear(ctx, 'CIN'),
  }),
];
