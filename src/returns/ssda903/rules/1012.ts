// Children in PlacedAdoption, Missing, Reviews, AD1, PrevPerm or OC2 must have episodes this year. Each of
// those tables that was supplied is checked.

import { childSet, flagRows, mergeKey } from '../lib/shared-d.ts';
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
        const t = ctx.tables[name];
        if (t) out[name] = flagRows(t, (row) => !inEpisodes.has(mergeKey(row)));
      }
      return out;
    },
  }),
];
