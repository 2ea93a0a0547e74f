// Home and placement postcodes are the same but the child is not placed with parents (P1).
import { rowCount } from '../lib/frame.ts';
import { col, flagWhere, present } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '392d',
    definedIn: 'lac2022_23',
    message: 'Home and placement postcodes should not be same unless the placement type is P1.',
    affectedFields: ['HOME_POST', 'PL_POST', 'PLACE'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const place = col(ctx, 'Episodes', 'PLACE');
      const home = col(ctx, 'Episodes', 'HOME_POST');
      const placement = col(ctx, 'Episodes', 'PL_POST');
      const flagged = flagWhere(
        rowCount(ctx, 'Episodes'),
        (i) => present(home[i]) && home[i] === placement[i] && place[i] !== 'P1',
      );
      return { Episodes: flagged };
    },
  }),
];
