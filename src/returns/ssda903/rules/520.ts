// LS_ADOPTR L11 (different sex married couple) needs SEX_ADOPTR MF.

import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
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
    validate(ctx) {
      if (!ctx.tables.AD1) return undefined;
      const lsAdopter = column(ctx, 'AD1', 'LS_ADOPTR');
      const sexAdopter = column(ctx, 'AD1', 'SEX_ADOPTR');
      return {
        AD1: flagWhere(rowCount(ctx, 'AD1'), (i) => lsAdopter[i] === 'L11' && !isIn(sexAdopter[i], ALLOWED)),
      };
    },
  }),
];
