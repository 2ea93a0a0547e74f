import { cell, flagRows } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

const CODES = new Set(['P1', 'P2', 'P3', 'P4', 'Z1']);

export const versions = [
  defineRule({
    code: '631',
    definedIn: 'lac2022_23',
    message: 'Previous permanence option not a valid value.',
    affectedFields: ['PREV_PERM'],
    tables: ['PrevPerm'],
    validate({ tables }) {
      const t = tables.PrevPerm;
      if (!t) return undefined;
      return {
        PrevPerm: flagRows(t, (row) => {
          const v = cell(row, 'PREV_PERM');
          return v !== null && !CODES.has(v);
        }),
      };
    },
  }),
];
