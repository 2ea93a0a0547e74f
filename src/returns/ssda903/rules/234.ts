// Reason for placement change CUSTOD (admitted to custody) on an episode that started before the
// child's 10th birthday. Both the episode and the child's Header row are flagged.
import { rowCount } from '../lib/frame.ts';
import { at, col, dayCol, dobPlus, joined, positions } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '234',
    definedIn: 'lac2025_26',
    message: 'A child aged under 10 can not change placement due to being admitted to custody',
    affectedFields: ['REASON_PLACE_CHANGE', 'DOB'],
    tables: ['Episodes', 'Header'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Header) return undefined;
      const reason = col(ctx, 'Episodes', 'REASON_PLACE_CHANGE');
      const header = joined(ctx, 'Episodes', 'Header');
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const tenth = dobPlus(ctx, 'Header', 10);
      const epsFlagged: number[] = [];
      const headerFlagged: number[] = [];
      const n = rowCount(ctx, 'Episodes');
      for (let i = 0; i < n; i++) {
        const start = at(decom, i);
        if (reason[i] !== 'CUSTOD' || start === null) continue;
        for (const h of header[i] ?? []) {
          const birthday = at(tenth, h);
          if (birthday !== null && start < birthday) {
            epsFlagged.push(i);
            headerFlagged.push(h);
          }
        }
      }
      return { Episodes: positions(epsFlagged), Header: positions(headerFlagged) };
    },
  }),
];
