// This year's first episode must repeat the RNE of last year's final episode if that was still open.
import { differsFromLastYear } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '503A',
    definedIn: 'lac2022_23',
    message:
      'The reason for new episode in the first episode does not match open episode at end of last year.',
    affectedFields: ['RNE'],
    tables: ['Episodes', 'Episodes_last'],
    validate: (ctx) => differsFromLastYear(ctx, 'RNE'),
  }),
];
