// An episode that ceased on the day it started.
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
      const eps = ctx.tables.Episodes;
      if (!eps) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      return {
        Episodes: flagWhere(eps.rows.length, (i) => at(decom, i) !== null && at(decom, i) === at(dec, i)),
      };
    },
  }),
];
