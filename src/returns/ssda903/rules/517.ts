// LS_ADOPTR L3 (different sex couple) needs SEX_ADOPTR MF.

import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
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
    validate(ctx) {
      if (!ctx.tables.AD1) return undefined;
      const lsAdopter = column(ctx, 'AD1', 'LS_ADOPTR');
      const sexAdopter = column(ctx, 'AD1', 'SEX_ADOPTR');
      return {
        AD1: flagWhere(rowCount(ctx, 'AD1'), (i) => lsAdopter[i] === 'L3' && !isIn(sexAdopter[i], ALLOWED)),
      };
    },
  }),
];
