// LS_ADOPTR L2 (civil partners) needs a couple's SEX_ADOPTR: MM, FF or MF.

import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
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
    validate(ctx) {
      if (!ctx.tables.AD1) return undefined;
      const lsAdopter = column(ctx, 'AD1', 'LS_ADOPTR');
      const sexAdopter = column(ctx, 'AD1', 'SEX_ADOPTR');
      return {
        AD1: flagWhere(rowCount(ctx, 'AD1'), (i) => lsAdopter[i] === 'L2' && !isIn(sexAdopter[i], ALLOWED)),
      };
    },
  }),
];
