// A child with a date UASC status ceased must have UASC status 1 in the Header. Both rows are
// flagged. Without a Header UASC column the status is derived from the UASC table, so nothing is flagged.
import { num } from '../../common/table.ts';
import { rowCount } from '../lib/frame.ts';
import { childCol, childRows, col, positions, present, rowsOf } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '303',
    definedIn: 'lac2022_23',
    message:
      'If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status ' +
      'must be coded 1.',
    affectedFields: ['DUC', 'UASC'],
    tables: ['UASC', 'Header'],
    validate(ctx) {
      const header = ctx.tables.Header;
      if (!ctx.tables.UASC || !header) return undefined;
      if (!header.columns.includes('UASC')) return { UASC: [], Header: [] };
      const status = col(ctx, 'Header', 'UASC');
      const child = childCol(ctx, 'Header');
      const duc = col(ctx, 'UASC', 'DUC');
      const uascRows = childRows(ctx, 'UASC');
      const uascFlagged: number[] = [];
      const headerFlagged: number[] = [];
      const n = rowCount(ctx, 'Header');
      for (let h = 0; h < n; h++) {
        if (num(status[h]) === 1) continue;
        for (const u of rowsOf(uascRows, child[h])) {
          if (present(duc[u])) {
            uascFlagged.push(u);
            headerFlagged.push(h);
          }
        }
      }
      return { UASC: positions(uascFlagged), Header: positions(headerFlagged) };
    },
  }),
];
