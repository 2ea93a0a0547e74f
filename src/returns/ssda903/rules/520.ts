// LS_ADOPTR L11 (different sex married couple) needs SEX_ADOPTR MF.

import { cell, flagRows, oneOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

const ALLOWED: ReadonlySet<string> = new Set(['MF']);

export const versions = [
  defineRule({
    code: '520',
    definedIn: 'lac2022_23',
    message:
      'Data entry on the legal status of adopters shows different gender married couple but data entry on ' +
      'genders of adopters shows it as a same gender couple.',
    affectedFields: ['LS_ADOPTR', 'SEX_ADOPTR'],
    tables: ['AD1'],
    validate({ tables }) {
      const ad1 = tables.AD1;
      if (!ad1) return undefined;
      return {
        AD1: flagRows(ad1, (row) => cell(row, 'LS_ADOPTR') === 'L11' && !oneOf(row, 'SEX_ADOPTR', ALLOWED)),
      };
    },
  }),
];
