// LS_ADOPTR L12 (same sex civil partnership) needs SEX_ADOPTR MM or FF.

import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
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
    validate(ctx) {
      if (!ctx.tables.AD1) return undefined;
      const lsAdopter = column(ctx, 'AD1', 'LS_ADOPTR');
      const sexAdopter = column(ctx, 'AD1', 'SEX_ADOPTR');
      return {
        AD1: flagWhere(rowCount(ctx, 'AD1'), (i) => lsAdopter[i] === 'L12' && !isIn(sexAdopter[i], ALLOWED)),
      };
    },
  }),
];
