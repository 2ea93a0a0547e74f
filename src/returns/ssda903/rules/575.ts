// A missing period that starts during an episode which has ended must itself have an end date.

import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { childOf, dayCol, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '575',
    definedIn: 'lac2022_23',
    message:
      'If the placement from which the child goes missing/away from placement without authorisation ends, ' +
      'the missing/away from placement without authorisation period in the missing module must also have ' +
      'an end date.',
    affectedFields: ['MIS_END'],
    tables: ['Episodes', 'Missing'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Missing) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const started = dayCol(ctx, 'Missing', 'MIS_START');
      const ended = column(ctx, 'Missing', 'MIS_END');
      const childOfRow = childOf(ctx, 'Missing');
      const epsByChild = rowsByChild(ctx, 'Episodes');
      return {
        Missing: flagWhere(rowCount(ctx, 'Missing'), (i) => {
          const s = started[i] ?? null;
          if (s === null || (ended[i] ?? null) !== null) return false;
          return rowsOf(epsByChild, childOfRow[i]).some((j) => {
            const from = decom[j] ?? null;
            const to = dec[j] ?? null;
            return from !== null && to !== null && s >= from && s <= to;
          });
        }),
      };
    },
  }),
];
