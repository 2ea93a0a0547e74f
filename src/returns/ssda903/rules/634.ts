// Previous permanence details (any of PREV_PERM, LA_PERM, DATE_PERM) are only collected for children whose
// latest episode started on or after 1 April 2016.

import { dmy } from '../../common/dates.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { at, childGroups, dayCol, mergeKeyOf } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

const FROM = dmy('01/04/2016') as number;

export const versions = [
  defineRule({
    code: '634',
    definedIn: 'lac2022_23',
    message:
      'There are entries for previous permanence options, but child has not started to be looked after ' +
      'from 1 April 2016 onwards.',
    affectedFields: ['LA_PERM', 'PREV_PERM', 'DATE_PERM', 'DECOM'],
    tables: ['Episodes', 'PrevPerm'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.PrevPerm) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      // Children whose every dated episode started before 1 April 2016.
      const tooEarly = new Map<string, number[]>();
      childGroups(ctx, 'Episodes').forEach((positions, child) => {
        let last: number | null = null;
        for (const p of positions) {
          const d = at(decom, p);
          if (d !== null && (last === null || d > last)) last = d;
        }
        if (last !== null && last < FROM) tooEarly.set(child, positions);
      });
      const epFlags = new Set<number>();
      const prevPermCode = column(ctx, 'PrevPerm', 'PREV_PERM');
      const laPerm = column(ctx, 'PrevPerm', 'LA_PERM');
      const datePerm = column(ctx, 'PrevPerm', 'DATE_PERM');
      const children = column(ctx, 'PrevPerm', 'CHILD');
      const ppFlags = flagWhere(rowCount(ctx, 'PrevPerm'), (i) => {
        if (
          (prevPermCode[i] ?? null) === null &&
          (laPerm[i] ?? null) === null &&
          (datePerm[i] ?? null) === null
        )
          return false;
        const eps = tooEarly.get(mergeKeyOf(children[i]));
        if (!eps) return false;
        for (const p of eps) epFlags.add(p);
        return true;
      });
      return { Episodes: [...epFlags].sort((a, b) => a - b), PrevPerm: ppFlags };
    },
  }),
];
