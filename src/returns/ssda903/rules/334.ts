// The start of the child's latest period of care (latest episode with RNE S) must be on or before the
// date the decision was made that the child should be placed for adoption (AD1 DATE_INT).
import { at, childRows, col, dayCol, positions, rowsOf } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '334',
    definedIn: 'lac2022_23',
    message:
      'Date child started to be looked after in latest period of care must be on or prior to the ' +
      'date should be placed for adoption.',
    affectedFields: ['DATE_INT', 'DECOM', 'RNE'],
    tables: ['Episodes', 'AD1'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.AD1) return undefined;
      const rne = col(ctx, 'Episodes', 'RNE');
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const decidedOn = dayCol(ctx, 'AD1', 'DATE_INT');
      const ad1Rows = childRows(ctx, 'AD1');
      const epsFlagged: number[] = [];
      const adFlagged: number[] = [];
      childRows(ctx, 'Episodes').forEach((rows, child) => {
        let latest = -1;
        let latestStart = Number.NEGATIVE_INFINITY;
        for (const i of rows) {
          const start = at(decom, i);
          if (rne[i] === 'S' && start !== null && start > latestStart) {
            latest = i;
            latestStart = start;
          }
        }
        if (latest < 0) return;
        for (const a of rowsOf(ad1Rows, child)) {
          const decided = at(decidedOn, a);
          if (decided !== null && decided < latestStart) {
            epsFlagged.push(latest);
            adFlagged.push(a);
          }
        }
      });
      return { Episodes: positions(epsFlagged), AD1: positions(adFlagged) };
    },
  }),
];
