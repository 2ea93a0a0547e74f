// Legal status L0 (single adopter) needs a single adopter's sex code, M1 or F1.

import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
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
    validate(ctx) {
      if (!ctx.tables.AD1) return undefined;
      const lsAdopter = column(ctx, 'AD1', 'LS_ADOPTR');
      const sexAdopter = column(ctx, 'AD1', 'SEX_ADOPTR');
      return {
        AD1: flagWhere(rowCount(ctx, 'AD1'), (i) => lsAdopter[i] === 'L0' && !isIn(sexAdopter[i], SINGLE)),
      };
    },
  }),
];
