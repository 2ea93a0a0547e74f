// Placed with parents (P1) while accommodated under a single period of section 20 (V2).
import { rowCount } from '../lib/frame.ts';
import { col, flagWhere } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '378',
    definedIn: 'lac2022_23',
    message:
      'A child who is placed with parent(s) cannot be looked after under a single period of ' +
      'accommodation under Section 20 of the Children Act 1989.',
    affectedFields: ['PLACE', 'LS'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const place = col(ctx, 'Episodes', 'PLACE');
      const ls = col(ctx, 'Episodes', 'LS');
      return { Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => place[i] === 'P1' && ls[i] === 'V2') };
    },
  }),
];
