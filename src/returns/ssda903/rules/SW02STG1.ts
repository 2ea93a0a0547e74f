// SW_ID, when given, must begin with 'SW' or 'XX' (a missing ID is reported by the completeness rules).
import { cell, flagRows } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'SW02STG1',
    definedIn: 'lac2023_24',
    message: 'Social worker ID does not begin with the characters ‘SW’ or ‘XX’.',
    affectedFields: ['SW_ID'],
    tables: ['SWEpisodes'],
    validate({ tables }) {
      const t = tables.SWEpisodes;
      if (!t) return undefined;
      return {
        SWEpisodes: flagRows(t, (row) => {
          const id = cell(row, 'SW_ID');
          return id !== null && !id.startsWith('SW') && !id.startsWith('XX');
        }),
      };
    },
  }),
];
