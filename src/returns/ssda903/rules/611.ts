// A child recorded as a mother (MOTHER 1) needs her child's date of birth (MC_DOB).
import { text } from '../../common/table.ts';
import { cell, flagRows, present } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '611',
    definedIn: 'lac2022_23',
    message: 'Date of birth field is blank, but child is a mother.',
    affectedFields: ['MOTHER', 'MC_DOB'],
    tables: ['Header'],
    validate({ tables }) {
      const header = tables.Header;
      if (!header) return undefined;
      return {
        Header: flagRows(header, (row) => text(cell(row, 'MOTHER')) === '1' && !present(row, 'MC_DOB')),
      };
    },
  }),
];
