// A placement distance given for a child who is UASC or was UASC last year. Not run when no table
// says which children are UASC.
import { rowCount } from '../lib/frame.ts';
import { childCol, col, flagWhere, present, uascChildren } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '406',
    definedIn: 'lac2022_23',
    message:
      'Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should ' +
      'be blank. [NOTE: This check will result in false negatives for children formerly UASC not ' +
      'identified as such in loaded data]',
    affectedFields: ['PL_DISTANCE'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const uasc = uascChildren(ctx);
      if (!uasc.known) return undefined;
      const child = childCol(ctx, 'Episodes');
      const distance = col(ctx, 'Episodes', 'PL_DISTANCE');
      const flagged = flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        const c = child[i];
        return c !== null && c !== undefined && uasc.children.has(c) && present(distance[i]);
      });
      return { Episodes: flagged };
    },
  }),
];
