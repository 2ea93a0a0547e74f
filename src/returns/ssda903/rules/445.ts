// Legal status D1 (freeing order) is not valid for an episode starting after 31/12/2005.
import { isoToDay } from '../../../core/day.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

/** Freeing orders (D1) could not be applied for after 2005. */
const LAST_D1_START = isoToDay('2005-12-31') as number;

export const versions = [
  defineRule({
    code: '445',
    definedIn: 'lac2022_23',
    message: 'D1 is not a valid code for episodes starting after December 2005.',
    affectedFields: ['LS', 'DECOM'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const ls = column(ctx, 'Episodes', 'LS');
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
          const d = decom[i] ?? null;
          return ls[i] === 'D1' && d !== null && d > LAST_D1_START;
        }),
      };
    },
  }),
];
