// This year's first episode must repeat the LS of last year's final episode if that was still open.
import { differsFromLastYear } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '503B',
    definedIn: 'lac2022_23',
    message: 'The legal status in the first episode does not match open episode at end of last year.',
    affectedFields: ['LS'],
    tables: ['Episodes', 'Episodes_last'],
    validate: (ctx) => differsFromLastYear(ctx, 'LS'),
  }),
];
