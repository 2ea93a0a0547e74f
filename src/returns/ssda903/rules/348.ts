// A care leaver recorded last year as having died (IN_TOUCH DIED) is recorded this year as
// anything other than DIED.
import { rowCount } from '../lib/frame.ts';
import { childCol, col, flagWhere } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '348',
    definedIn: 'lac2025_26',
    message: 'Care leaver has previously been reported as having died.',
    affectedFields: ['IN_TOUCH'],
    tables: ['OC3'],
    validate(ctx) {
      if (!ctx.tables.OC3 || !ctx.tables.OC3_last) return undefined;
      const lastInTouch = col(ctx, 'OC3_last', 'IN_TOUCH');
      const diedLastYear = new Set<string>();
      childCol(ctx, 'OC3_last').forEach((child, i) => {
        if (child !== null && lastInTouch[i] === 'DIED') diedLastYear.add(child);
      });
      const inTouch = col(ctx, 'OC3', 'IN_TOUCH');
      const child = childCol(ctx, 'OC3');
      const flagged = flagWhere(rowCount(ctx, 'OC3'), (i) => {
        const c = child[i];
        return c !== null && c !== undefined && diedLastYear.has(c) && inTouch[i] !== 'DIED';
      });
      return { OC3: flagged };
    },
  }),
];
