// An open episode (no date ceased) must not have a reason for placement change.
import { rowCount } from '../lib/frame.ts';
import { col, flagWhere, present } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '233',
    definedIn: 'lac2025_26',
    message: 'Reason for placement change is not required when the episode has not ceased.',
    affectedFields: ['REASON_PLACE_CHANGE'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const dec = col(ctx, 'Episodes', 'DEC');
      const reason = col(ctx, 'Episodes', 'REASON_PLACE_CHANGE');
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => !present(dec[i]) && present(reason[i])),
      };
    },
  }),
];
