// LS_ADOPTR L12 (same sex civil partnership) needs SEX_ADOPTR MM or FF.

import { cell, flagRows, oneOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

const ALLOWED: ReadonlySet<string> = new Set(['MM', 'FF']);

export const versions = [
  defineRule({
    code: '524',
    definedIn: 'lac2022_23',
    message:
      'If reporting legal status of adopters is L12 then the genders of adopters should be coded as MM or ' +
      'FF. MM = the adopting couple are both males. FF = the adopting couple are both females',
    affectedFields: ['LS_ADOPTR', 'SEX_ADOPTR'],
    tables: ['AD1'],
    validate({ tables }) {
      const ad1 = tables.AD1;
      if (!ad1) return undefined;
      return {
        AD1: flagRows(ad1, (row) => cell(row, 'LS_ADOPTR') === 'L12' && !oneOf(row, 'SEX_ADOPTR', ALLOWED)),
      };
    },
  }),
];
