// A young person recorded as a mother this year (MOTHER = 1) but not last year (MOTHER = 0) cannot have
// had her first child before this collection year began.

import { dmy } from '../../common/dates.ts';
import { num } from '../../common/table.ts';
import { cell, flagRows, mergeKey } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '626',
    definedIn: 'lac2022_23',
    message:
      'Child was reported as a mother but the date of birth of the first child is before the current year ' +
      'which contradicts with the mother status recorded last year.',
    affectedFields: ['MOTHER', 'MC_DOB'],
    tables: ['Header', 'Header_last'],
    validate({ tables, meta }) {
      const { Header: header, Header_last: last } = tables;
      if (!header || !last) return undefined;
      const notMotherLastYear = new Set<string>();
      for (const row of last.rows) if (num(cell(row, 'MOTHER')) === 0) notMotherLastYear.add(mergeKey(row));
      return {
        Header: flagRows(header, (row) => {
          const mcDob = dmy(cell(row, 'MC_DOB'));
          return (
            mcDob !== null &&
            mcDob < meta.collectionStart &&
            num(cell(row, 'MOTHER')) === 1 &&
            notMotherLastYear.has(mergeKey(row))
          );
        }),
      };
    },
  }),
];
