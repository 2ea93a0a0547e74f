// Legal status D1 (freeing order) is not valid for an episode starting after 31/12/2005.
import { isoToDay } from '../../../core/day.ts';
import { cell, dayCol, flagRows } from '../lib/shared-c.ts';
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
      const eps = ctx.tables.Episodes;
      if (!eps) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      return {
        Episodes: flagRows(eps, (row, i) => {
          const d = decom[i] ?? null;
          return cell(row, 'LS') === 'D1' && d !== null && d > LAST_D1_START;
        }),
      };
    },
  }),
];
