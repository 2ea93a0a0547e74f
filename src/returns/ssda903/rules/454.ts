// PL_DISTANCE over 350 miles is implausible unless it is the 999.9 "not known" value.
import { num } from '../../common/table.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '454',
    definedIn: 'lac2025_26',
    message:
      'Placement distance from home is over 350 miles. [NOTE: This check will result in false positives ' +
      'for children formerly UASC not identified as such in loaded data]',
    affectedFields: ['PL_DISTANCE'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const distance = column(ctx, 'Episodes', 'PL_DISTANCE');
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
          const miles = num(distance[i]);
          return miles !== null && miles > 350 && miles !== 999.9;
        }),
      };
    },
  }),
];
