// An episode (legal status other than V3/V4) with no placement distance, for a child not UASC this
// year or last. Not run when no table says which children are UASC.
import { rowCount } from '../lib/frame.ts';
import { childCol, col, flagWhere, isIn, present, uascChildren, V3_V4 } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '392a',
    definedIn: 'lac2022_23',
    message:
      'Child is looked after but no distance is recorded. [NOTE: This check may result in false ' +
      'positives for children formerly UASC]',
    affectedFields: ['PL_DISTANCE'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const uasc = uascChildren(ctx);
      if (!uasc.known) return undefined;
      const child = childCol(ctx, 'Episodes');
      const ls = col(ctx, 'Episodes', 'LS');
      const distance = col(ctx, 'Episodes', 'PL_DISTANCE');
      const flagged = flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        const c = child[i];
        if (c !== null && c !== undefined && uasc.children.has(c)) return false;
        return !isIn(ls[i], V3_V4) && !present(distance[i]);
      });
      return { Episodes: flagged };
    },
  }),
];
