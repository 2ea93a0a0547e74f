// LS_ADOPTR L2 (civil partners) needs a couple's SEX_ADOPTR: MM, FF or MF.

import { cell, flagRows, oneOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

const ALLOWED: ReadonlySet<string> = new Set(['MM', 'FF', 'MF']);

export const versions = [
  defineRule({
    code: '519',
    definedIn: 'lac2022_23',
    message:
      'Data entered on the legal status of adopters shows civil partnership couple, but data entered on ' +
      'genders of adopters does not show it as a couple.',
    affectedFields: ['LS_ADOPTR', 'SEX_ADOPTR'],
    tables: ['AD1'],
    validate({ tables }) {
      const ad1 = tables.AD1;
      if (!ad1) return undefined;
      return {
        AD1: flagRows(ad1, (row) => cell(row, 'LS_ADOPTR') === 'L2' && !oneOf(row, 'SEX_ADOPTR', ALLOWED)),
      };
    },
  }),
];
