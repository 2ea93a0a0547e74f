// PL_DISTANCE over 350 miles is implausible unless it is the 999.9 "not known" value.
import { num } from '../../common/table.ts';
import { cell, flagRows } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '454',
    definedIn: 'lac2025_26',
    message:
      'Placement distance from home is over 350 miles. [NOTE: This check will result in false positives ' +
      'for children formerly UASC not identified as such in loaded data]',
    affectedFields: ['PL_DISTANCE'],
    tables: ['Episodes'],
    validate({ tables }) {
      const eps = tables.Episodes;
      if (!eps) return undefined;
      return {
        Episodes: flagRows(eps, (row) => {
          const miles = num(cell(row, 'PL_DISTANCE'));
          return miles !== null && miles > 350 && miles !== 999.9;
        }),
      };
    },
  }),
];
