// MISSING, when given, must be M (missing) or A (away from placement without authorisation).
import { cell, flagRows } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

const CODES = new Set(['M', 'A']);

export const versions = [
  defineRule({
    code: '1006',
    definedIn: 'lac2022_23',
    message: 'Missing type invalid.',
    affectedFields: ['MISSING'],
    tables: ['Missing'],
    validate({ tables }) {
      const t = tables.Missing;
      if (!t) return undefined;
      return {
        Missing: flagRows(t, (row) => {
          const v = cell(row, 'MISSING');
          return v !== null && !CODES.has(v);
        }),
      };
    },
  }),
];
