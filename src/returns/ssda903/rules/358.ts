// Legal status J1, J2 or J3 (remand or detention) on an episode that started before the child's
// 10th birthday. Both the episode and the Header row are flagged.
import { rowCount } from '../lib/frame.ts';
import { at, col, dayCol, dobPlus, isIn, joined, positions } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const YOUTH_JUSTICE = new Set(['J1', 'J2', 'J3']);

export const versions = [
  defineRule({
    code: '358',
    definedIn: 'lac2022_23',
    message: 'Child with this legal status should not be under 10.',
    affectedFields: ['DECOM', 'DOB', 'LS'],
    tables: ['Header', 'Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Header) return undefined;
      const ls = col(ctx, 'Episodes', 'LS');
      const header = joined(ctx, 'Episodes', 'Header');
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const tenth = dobPlus(ctx, 'Header', 10);
      const n = rowCount(ctx, 'Episodes');
      const epsFlagged: number[] = [];
      const headerFlagged: number[] = [];
      for (let i = 0; i < n; i++) {
        const start = at(decom, i);
        if (!isIn(ls[i], YOUTH_JUSTICE) || start === null) continue;
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
