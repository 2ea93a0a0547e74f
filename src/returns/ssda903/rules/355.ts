// An episode that ceased on the day it started.
import { rowCount } from '../lib/frame.ts';
import { at, dayCol, flagWhere } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '355',
    definedIn: 'lac2022_23',
    message: 'Episode appears to have lasted for less than 24 hours',
    affectedFields: ['DECOM', 'DEC'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      return {
        Episodes: flagWhere(
          rowCount(ctx, 'Episodes'),
          (i) => at(decom, i) !== null && at(decom, i) === at(dec, i),
        ),
      };
    },
  }),
];
