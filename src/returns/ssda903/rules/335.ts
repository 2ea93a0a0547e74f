// For an episode ending in adoption (REC E1, E11, E12): FOSTER_CARE 0 (not adopted by the foster
// carer) contradicts placement A2, A3 or A5, and FOSTER_CARE 1 contradicts A1, A4 or A6.
import { rowCount } from '../lib/frame.ts';
import { col, isIn, joined, positions } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const ADOPTION_ENDS = new Set(['E1', 'E11', 'E12']);
const WITH_FOSTER_CARER = new Set(['A2', 'A3', 'A5']);
const NOT_WITH_FOSTER_CARER = new Set(['A1', 'A4', 'A6']);

export const versions = [
  defineRule({
    code: '335',
    definedIn: 'lac2022_23',
    message:
      'The current foster value (0) suggests that child is not adopted by current foster carer, ' +
      'but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child ' +
      'is adopted by current foster carer, but last placement is A1, A4 or A6.',
    affectedFields: ['PLACE', 'FOSTER_CARE'],
    tables: ['Episodes', 'AD1'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.AD1) return undefined;
      const rec = col(ctx, 'Episodes', 'REC');
      const place = col(ctx, 'Episodes', 'PLACE');
      const ad1 = joined(ctx, 'Episodes', 'AD1');
      const foster = col(ctx, 'AD1', 'FOSTER_CARE');
      const n = rowCount(ctx, 'Episodes');
      const epsFlagged: number[] = [];
      const adFlagged: number[] = [];
      for (let i = 0; i < n; i++) {
        if (!isIn(rec[i], ADOPTION_ENDS)) continue;
        const withCarer = isIn(place[i], WITH_FOSTER_CARER);
        const notWithCarer = isIn(place[i], NOT_WITH_FOSTER_CARER);
        if (!withCarer && !notWithCarer) continue;
        for (const a of ad1[i] ?? []) {
          if ((withCarer && foster[a] === '0') || (notWithCarer && foster[a] === '1')) {
            epsFlagged.push(i);
            adFlagged.push(a);
          }
        }
      }
      return { Episodes: positions(epsFlagged), AD1: positions(adFlagged) };
    },
  }),
];
