// An open episode (no DEC and no REC) must not have legal status D1 (freeing order).

import { cell, flagRows, present } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '451',
    definedIn: 'lac2022_23',
    message:
      'Child is still freed for adoption, but freeing orders could not be applied for since 30 December ' +
      '2005.',
    affectedFields: ['DEC', 'REC', 'LS'],
    tables: ['Episodes'],
    validate({ tables }) {
      const eps = tables.Episodes;
      if (!eps) return undefined;
      return {
        Episodes: flagRows(
          eps,
          (row) => !present(row, 'DEC') && !present(row, 'REC') && cell(row, 'LS') === 'D1',
        ),
      };
    },
  }),
];
