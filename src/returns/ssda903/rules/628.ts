// Header MOTHER should be blank for care leavers (OC3 data given) who had no episode this year.
import { anyPresent, CARE_LEAVER_FIELDS, childSet, flagRows, mergeKey, present } from '../lib/shared-d.ts';
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
      const { Episodes: episodes, Header: header, OC3: oc3 } = ctx.tables;
      if (!episodes || !header || !oc3) return undefined;
      const inEpisodes = childSet(ctx, 'Episodes');
      const careLeavers = new Set<string>();
      for (const row of oc3.rows) if (anyPresent(row, CARE_LEAVER_FIELDS)) careLeavers.add(mergeKey(row));
      return {
        Header: flagRows(header, (row) => {
          const k = mergeKey(row);
          return present(row, 'MOTHER') && !inEpisodes.has(k) && careLeavers.has(k);
        }),
      };
    },
  }),
];
