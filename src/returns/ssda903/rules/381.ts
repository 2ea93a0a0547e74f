// An episode in a temporary placement (T0-T4) that ends care (a reason ceased other than X1).
import { rowCount } from '../lib/frame.ts';
import { col, flagWhere, isIn, present, TEMPORARY } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '381',
    definedIn: 'lac2022_23',
    message: 'A period of care cannot end with a temporary placement.',
    affectedFields: ['PLACE', 'REC'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const rec = col(ctx, 'Episodes', 'REC');
      const place = col(ctx, 'Episodes', 'PLACE');
      const flagged = flagWhere(
        rowCount(ctx, 'Episodes'),
        (i) => present(rec[i]) && rec[i] !== 'X1' && isIn(place[i], TEMPORARY),
      );
      return { Episodes: flagged };
    },
  }),
];
