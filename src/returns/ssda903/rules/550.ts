import { cell, flagRows } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '550',
    definedIn: 'lac2022_23',
    message: 'A placement provider code of PR0 can only be associated with placement P1.',
    affectedFields: ['PLACE', 'PLACE_PROVIDER'],
    tables: ['Episodes'],
    validate({ tables }) {
      const eps = tables.Episodes;
      if (!eps) return undefined;
      return {
        Episodes: flagRows(
          eps,
          (row) => cell(row, 'PLACE_PROVIDER') === 'PR0' && cell(row, 'PLACE') !== 'P1',
        ),
      };
    },
  }),
];
