// An open episode (no DEC and no REC) must not have legal status D1 (freeing order).

import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '451',
    definedIn: 'lac2022_23',
    message:
      'Child is still freed for adoption, but freeing orders could not be applied for since 30 December ' +
      '2005.',
    affectedFields: ['DEC', 'REC', 'LS'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const dec = column(ctx, 'Episodes', 'DEC');
      const rec = column(ctx, 'Episodes', 'REC');
      const ls = column(ctx, 'Episodes', 'LS');
      return {
        Episodes: flagWhere(
          rowCount(ctx, 'Episodes'),
          (i) => (dec[i] ?? null) === null && (rec[i] ?? null) === null && ls[i] === 'D1',
        ),
      };
    },
  }),
];
