// An episode (legal status other than V3/V4) missing its home or placement postcode, for a child
// not known to be UASC this year or last.
import { rowCount } from '../lib/frame.ts';
import { childCol, col, flagWhere, isIn, present, uascChildren, V3_V4 } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '392b',
    definedIn: 'lac2022_23',
    message:
      'Child is looked after but no postcodes are recorded. [NOTE: This check may result in false ' +
      'positives for children formerly UASC, particularly if current & prior year UASC data not ' +
      'loaded]',
    affectedFields: ['HOME_POST', 'PL_POST'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const uasc = uascChildren(ctx);
      const child = childCol(ctx, 'Episodes');
      const ls = col(ctx, 'Episodes', 'LS');
      const home = col(ctx, 'Episodes', 'HOME_POST');
      const placement = col(ctx, 'Episodes', 'PL_POST');
      const flagged = flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        const c = child[i];
        if (c !== null && c !== undefined && uasc.children.has(c)) return false;
        return !isIn(ls[i], V3_V4) && (!present(home[i]) || !present(placement[i]));
      });
      return { Episodes: flagged };
    },
  }),
];
