// Where last year's latest social worker episode for a child was still open, this year's first episode
// must carry the same SW_ID.
import { sameAsOpenLastYear } from '../lib/sw-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'SW16aSTG2',
    definedIn: 'lac2024_25',
    message:
      'The social worker reason episode changed does not match the open episode at the end of last year.',
    affectedFields: ['SW_ID'],
    tables: ['SWEpisodes', 'SWEpisodes_last'],
    validate: (ctx) => sameAsOpenLastYear(ctx, 'SW_ID'),
  }),
];
