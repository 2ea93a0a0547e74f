import { flagRows, present } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'SW03STG1',
    definedIn: 'lac2023_24',
    message: 'For each social worker episode, information should be complete.',
    affectedFields: ['SW_ID', 'SW_DECOM', 'SW_REASON'],
    tables: ['SWEpisodes'],
    validate({ tables }) {
      const t = tables.SWEpisodes;
      if (!t) return undefined;
      return {
        SWEpisodes: flagRows(
          t,
          (row) => !present(row, 'SW_ID') || !present(row, 'SW_DECOM') || !present(row, 'SW_REASON'),
        ),
      };
    },
  }),
];
