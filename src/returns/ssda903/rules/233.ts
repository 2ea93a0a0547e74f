// An open episode (no date ceased) must not have a reason for placement change.
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
      const eps = ctx.tables.Episodes;
      if (!eps) return undefined;
      const dec = col(ctx, 'Episodes', 'DEC');
      const reason = col(ctx, 'Episodes', 'REASON_PLACE_CHANGE');
      return { Episodes: flagWhere(eps.rows.length, (i) => !present(dec[i]) && present(reason[i])) };
    },
  }),
];
