// Legal status L0 (single adopter) needs a single adopter's sex code, M1 or F1.

import { cell, flagRows, oneOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

const SINGLE: ReadonlySet<string> = new Set(['M1', 'F1']);

export const versions = [
  defineRule({
    code: '514',
    definedIn: 'lac2022_23',
    message:
      'Data entry on the legal status of adopters shows a single adopter but data entry for the numbers ' +
      'of adopters shows it as a couple.',
    affectedFields: ['LS_ADOPTR', 'SEX_ADOPTR'],
    tables: ['AD1'],
    validate({ tables }) {
      const ad1 = tables.AD1;
      if (!ad1) return undefined;
      return {
        AD1: flagRows(ad1, (row) => cell(row, 'LS_ADOPTR') === 'L0' && !oneOf(row, 'SEX_ADOPTR', SINGLE)),
      };
    },
  }),
];
