// OC3 care leaver data should be blank when the child's latest episode ended with care transferred to
// another local authority (REC = E3).
import {
  anyPresent,
  at,
  CARE_LEAVER_FIELDS,
  cell,
  childGroups,
  dayCol,
  flagRows,
  mergeKey,
} from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1011',
    definedIn: 'lac2022_23',
    message:
      'This child is recorded as having his/her care transferred to another local authority for the final ' +
      'episode and therefore should not have the care leaver information completed.',
    affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
    tables: ['Episodes', 'OC3'],
    validate(ctx) {
      const { Episodes: episodes, OC3: oc3 } = ctx.tables;
      if (!episodes || !oc3) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const transferred = new Set<string>();
      childGroups(ctx, 'Episodes').forEach((positions, child) => {
        let latest: number | null = null;
        for (const p of positions) {
          const d = at(decom, p);
          if (d !== null && (latest === null || d > (at(decom, latest) as number))) latest = p;
        }
        if (latest !== null && cell(episodes.rows[latest], 'REC') === 'E3') transferred.add(child);
      });
      return {
        OC3: flagRows(oc3, (row) => transferred.has(mergeKey(row)) && anyPresent(row, CARE_LEAVER_FIELDS)),
      };
    },
  }),
];
