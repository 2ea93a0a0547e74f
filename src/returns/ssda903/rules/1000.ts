// A young person whose care ended because they died (REC = E2, this year or last) must not be in OC3.

import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { mergeKeyAt } from '../lib/shared-d.ts';
import type { Context903 } from '../rule.ts';
import { defineRule } from '../rule.ts';

function diedIn(ctx: Context903, table: 'Episodes' | 'Episodes_last', into: Set<string>): void {
  const rec = column(ctx, table, 'REC');
  const n = rowCount(ctx, table);
  for (let i = 0; i < n; i++) if (rec[i]?.toUpperCase() === 'E2') into.add(mergeKeyAt(ctx, table, i));
}

export const versions = [
  defineRule({
    code: '1000',
    definedIn: 'lac2022_23',
    message:
      'This child is recorded as having died in care and therefore should not have the care leaver ' +
      'information completed. [NOTE: This only tests the current and previous year data loaded into the ' +
      'tool]',
    affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
    tables: ['Episodes', 'OC3'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.OC3) return undefined;
      const died = new Set<string>();
      diedIn(ctx, 'Episodes', died);
      diedIn(ctx, 'Episodes_last', died);
      return { OC3: flagWhere(rowCount(ctx, 'OC3'), (i) => died.has(mergeKeyAt(ctx, 'OC3', i))) };
    },
  }),
];
