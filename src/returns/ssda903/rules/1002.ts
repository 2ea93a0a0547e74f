// A young person with OC3 care leaver data must have an episode in this year's or last year's return.
import { flagWhere, rowCount } from '../lib/frame.ts';
import { childSet, mergeKeyAt } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1002',
    definedIn: 'lac2022_23',
    message:
      'This child has no previous episodes of care, therefore should not have care leaver information ' +
      'recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - ' +
      "this check may generate false positives if a child had episodes prior to last year's collection.]",
    affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
    tables: ['Episodes', 'OC3', 'Episodes_last'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.OC3 || !ctx.tables.Episodes_last) return undefined;
      const now = childSet(ctx, 'Episodes');
      const before = childSet(ctx, 'Episodes_last');
      return {
        OC3: flagWhere(rowCount(ctx, 'OC3'), (i) => {
          const k = mergeKeyAt(ctx, 'OC3', i);
          return !now.has(k) && !before.has(k);
        }),
      };
    },
  }),
];
