import { cell, flagRows } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

const CODES = new Set([
  'ALLEG',
  'APPRR',
  'CARPL',
  'CHILD',
  'CLOSE',
  'CREQB',
  'CREQO',
  'CUSTOD',
  'LAREQ',
  'OTHER',
  'PLACE',
  'STAND',
]);

export const versions = [
  defineRule({
    code: '1009',
    definedIn: 'lac2022_23',
    message: 'Reason for placement change is not a valid code.',
    affectedFields: ['REASON_PLACE_CHANGE'],
    tables: ['Episodes'],
    validate({ tables }) {
      const t = tables.Episodes;
      if (!t) return undefined;
      return {
        Episodes: flagRows(t, (row) => {
          const v = cell(row, 'REASON_PLACE_CHANGE');
          return v !== null && !CODES.has(v);
        }),
      };
    },
  }),
];
