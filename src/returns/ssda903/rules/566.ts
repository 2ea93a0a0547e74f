import { flagRows, present } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '566',
    definedIn: 'lac2022_23',
    message:
      "The date that the child's episode of being missing or away from placement without authorisation " +
      'ended has been completed but whether the child was missing or away without authorisation has not ' +
      'been completed.',
    affectedFields: ['MISSING', 'MIS_END'],
    tables: ['Missing'],
    validate({ tables }) {
      const missing = tables.Missing;
      if (!missing) return undefined;
      return { Missing: flagRows(missing, (row) => !present(row, 'MISSING') && present(row, 'MIS_END')) };
    },
  }),
];
