// Children in PlacedAdoption, Missing, Reviews, AD1, PrevPerm or OC2 must have episodes this year. Each of
// those tables that was supplied is checked.

import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { childSet, mergeKeyOf } from '../lib/shared-d.ts';
import { defineRule, type Flags903 } from '../rule.ts';
import type { TableName903 } from '../tables.ts';

const CHECKED: readonly TableName903[] = ['PlacedAdoption', 'Missing', 'Reviews', 'AD1', 'PrevPerm', 'OC2'];

export const versions = [
  defineRule({
    code: '1012',
    definedIn: 'lac2022_23',
    message: 'No other data should be returned for OC3 children who had no episodes in the current year',
    affectedFields: ['CHILD'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const inEpisodes = childSet(ctx, 'Episodes');
      const out: Flags903 = {};
      for (const name of CHECKED) {
        if (!ctx.tables[name]) continue;
        const child = column(ctx, name, 'CHILD');
        out[name] = flagWhere(rowCount(ctx, name), (i) => !inEpisodes.has(mergeKeyOf(child[i])));
      }
      return out;
    },
  }),
];
