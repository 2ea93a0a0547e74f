// LS_ADOPTR L3 (different sex couple) needs SEX_ADOPTR MF.

import { cell, flagRows, oneOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

const ALLOWED: ReadonlySet<string> = new Set(['MF']);

export const versions = [
  defineRule({
    code: '517',
    definedIn: 'lac2022_23',
    message:
      'If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF ' +
      '= the adopting couple are male and female.',
    affectedFields: ['LS_ADOPTR', 'SEX_ADOPTR'],
    tables: ['AD1'],
    validate({ tables }) {
      const ad1 = tables.AD1;
      if (!ad1) return undefined;
      return {
        AD1: flagRows(ad1, (row) => cell(row, 'LS_ADOPTR') === 'L3' && !oneOf(row, 'SEX_ADOPTR', ALLOWED)),
      };
    },
  }),
];
