// Header MOTHER should be blank for care leavers (OC3 data given) who had no episode this year.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { anyPresentAt, CARE_LEAVER_FIELDS, childSet, mergeKeyAt, mergeKeyOf } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '628',
    definedIn: 'lac2022_23',
    message:
      'Motherhood details are not required for care leavers who have not been looked after during the year.',
    affectedFields: ['MOTHER'],
    tables: ['Episodes', 'Header', 'OC3'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Header || !ctx.tables.OC3) return undefined;
      const inEpisodes = childSet(ctx, 'Episodes');
      const careLeavers = new Set<string>();
      const oc3Count = rowCount(ctx, 'OC3');
      for (let j = 0; j < oc3Count; j++) {
        if (anyPresentAt(ctx, 'OC3', CARE_LEAVER_FIELDS, j)) careLeavers.add(mergeKeyAt(ctx, 'OC3', j));
      }
      const mother = column(ctx, 'Header', 'MOTHER');
      // A row's merge key: its CHILD, or the key a missing CHILD matches by.
      const child = column(ctx, 'Header', 'CHILD');
      return {
        Header: flagWhere(rowCount(ctx, 'Header'), (i) => {
          if ((mother[i] ?? null) === null) return false;
          const k = mergeKeyOf(child[i]);
          return !inEpisodes.has(k) && careLeavers.has(k);
        }),
      };
    },
  }),
];
