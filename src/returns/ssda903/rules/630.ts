// Every child who started to be looked after this year (RNE = 'S' on or after 1 April) needs a PrevPerm
// record: PREV_PERM given, and LA_PERM and DATE_PERM given too unless PREV_PERM is Z1.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol, mergeKeyAt } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '630',
    definedIn: 'lac2022_23',
    message: 'Information on previous permanence option should be returned.',
    affectedFields: ['RNE'],
    tables: ['Episodes', 'PrevPerm'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.PrevPerm) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const rne = column(ctx, 'Episodes', 'RNE');
      // Each child's PrevPerm records (positions), by merge key.
      const records = new Map<string, number[]>();
      const recordCount = rowCount(ctx, 'PrevPerm');
      for (let j = 0; j < recordCount; j++) {
        const k = mergeKeyAt(ctx, 'PrevPerm', j);
        const list = records.get(k);
        if (list) list.push(j);
        else records.set(k, [j]);
      }
      const prevPerm = column(ctx, 'PrevPerm', 'PREV_PERM');
      const laPerm = column(ctx, 'PrevPerm', 'LA_PERM');
      const datePerm = column(ctx, 'PrevPerm', 'DATE_PERM');
      const incomplete = (j: number): boolean =>
        (prevPerm[j] ?? null) === null ||
        (prevPerm[j] !== 'Z1' && ((laPerm[j] ?? null) === null || (datePerm[j] ?? null) === null));
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
          const start = decom[i] ?? null;
          if (rne[i] !== 'S' || start === null || start < ctx.meta.collectionStart) return false;
          const mine = records.get(mergeKeyAt(ctx, 'Episodes', i));
          return mine === undefined || mine.some(incomplete);
        }),
      };
    },
  }),
];
