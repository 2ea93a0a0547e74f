// An episode ending in a special guardianship order (REC E45-E48) on or after the child's 18th
// birthday. Both the episode and the Header row are flagged.
import { rowCount } from '../lib/frame.ts';
import { at, col, dayCol, dobPlus, isIn, joined, positions } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const SPECIAL_GUARDIANSHIP = new Set(['E45', 'E46', 'E47', 'E48']);

export const versions = [
  defineRule({
    code: '407',
    definedIn: 'lac2022_23',
    message: 'Reason episode ceased is Special Guardianship Order, but child has reached age 18.',
    affectedFields: ['DEC', 'DOB', 'REC'],
    tables: ['Episodes', 'Header'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Header) return undefined;
      const rec = col(ctx, 'Episodes', 'REC');
      const header = joined(ctx, 'Episodes', 'Header');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const eighteenth = dobPlus(ctx, 'Header', 18);
      const epsFlagged: number[] = [];
      const headerFlagged: number[] = [];
      const n = rowCount(ctx, 'Episodes');
      for (let i = 0; i < n; i++) {
        const end = at(dec, i);
        if (!isIn(rec[i], SPECIAL_GUARDIANSHIP) || end === null) continue;
        for (const h of header[i] ?? []) {
          const birthday = at(eighteenth, h);
          if (birthday !== null && end >= birthday) {
            epsFlagged.push(i);
            headerFlagged.push(h);
          }
        }
      }
      return { Episodes: positions(epsFlagged), Header: positions(headerFlagged) };
    },
  }),
];
