// The child's earliest episode (by DECOM) starts before their date of birth. Both the episode and
// the Header row are flagged.
import { at, childRows, dayCol, episodesInOrder, positions, rowsOf } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '302',
    definedIn: 'lac2022_23',
    message: 'First episode starts before child was born.',
    affectedFields: ['DECOM', 'DOB'],
    tables: ['Header', 'Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Header) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const dob = dayCol(ctx, 'Header', 'DOB');
      const headerRows = childRows(ctx, 'Header');
      const epsFlagged: number[] = [];
      const headerFlagged: number[] = [];
      episodesInOrder(ctx).forEach((order, child) => {
        const first = order[0] as number;
        const start = at(decom, first);
        if (start === null) return;
        for (const h of rowsOf(headerRows, child)) {
          const born = at(dob, h);
          if (born !== null && born > start) {
            epsFlagged.push(first);
            headerFlagged.push(h);
          }
        }
      });
      return { Episodes: positions(epsFlagged), Header: positions(headerFlagged) };
    },
  }),
];
