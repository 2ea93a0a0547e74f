import { flagRows, present } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '565',
    definedIn: 'lac2022_23',
    message:
      'The date that the child started to be missing or away from placement without authorisation has ' +
      'been completed but whether the child was missing or away from placement without authorisation has ' +
      'not been completed.',
    affectedFields: ['MISSING', 'MIS_START'],
    tables: ['Missing'],
    validate({ tables }) {
      const missing = tables.Missing;
      if (!missing) return undefined;
      return { Missing: flagRows(missing, (row) => !present(row, 'MISSING') && present(row, 'MIS_START')) };
    },
  }),
];
