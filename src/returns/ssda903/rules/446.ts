// Legal status E1 (placement order) is not valid for an episode starting before 01/12/2005.
import { isoToDay } from '../../../core/day.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

/** Placement orders (E1) exist for episodes starting from December 2005. */
const FIRST_E1_START = isoToDay('2005-12-01') as number;

export const versions = [
  defineRule({
    code: '446',
    definedIn: 'lac2022_23',
    message: 'E1 is not a valid code for episodes starting before December 2005.',
    affectedFields: ['LS', 'DECOM'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const ls = column(ctx, 'Episodes', 'LS');
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
          const d = decom[i] ?? null;
          return ls[i] === 'E1' && d !== null && d < FIRST_E1_START;
        }),
      };
    },
  }),
];
