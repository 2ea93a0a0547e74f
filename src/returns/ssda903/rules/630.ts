// Every child who started to be looked after this year (RNE = 'S' on or after 1 April) needs a PrevPerm
// record: PREV_PERM given, and LA_PERM and DATE_PERM given too unless PREV_PERM is Z1.
import type { Row } from '../../common/table.ts';
import { cell, dayCol, flagRows, mergeKey, present } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '630',
    definedIn: 'lac2022_23',
    message: 'Information on previous permanence option should be returned.',
    affectedFields: ['RNE'],
    tables: ['Episodes', 'PrevPerm'],
    validate(ctx) {
      const { Episodes: episodes, PrevPerm: prevPerm } = ctx.tables;
      if (!episodes || !prevPerm) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const records = new Map<string, Row[]>();
      for (const row of prevPerm.rows) {
        const k = mergeKey(row);
        const list = records.get(k);
        if (list) list.push(row);
        else records.set(k, [row]);
      }
      const incomplete = (r: Row): boolean =>
        !present(r, 'PREV_PERM') ||
        (cell(r, 'PREV_PERM') !== 'Z1' && (!present(r, 'LA_PERM') || !present(r, 'DATE_PERM')));
      return {
        Episodes: flagRows(episodes, (row, i) => {
          const start = decom[i] ?? null;
          if (cell(row, 'RNE') !== 'S' || start === null || start < ctx.meta.collectionStart) return false;
          const mine = records.get(mergeKey(row));
          return mine === undefined || mine.some(incomplete);
        }),
      };
    },
  }),
];
