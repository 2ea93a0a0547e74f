// OC3 care leaver data should be blank when the child's latest episode ended with care transferred to
// another local authority (REC = E3).
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { anyPresentAt, at, CARE_LEAVER_FIELDS, childGroups, dayCol, mergeKeyAt } from '../lib/shared-d.ts';
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
      if (!ctx.tables.Episodes || !ctx.tables.OC3) return undefined;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const rec = column(ctx, 'Episodes', 'REC');
      const transferred = new Set<string>();
      childGroups(ctx, 'Episodes').forEach((positions, child) => {
        let latest: number | null = null;
        for (const p of positions) {
          const d = at(decom, p);
          if (d !== null && (latest === null || d > (at(decom, latest) as number))) latest = p;
        }
        if (latest !== null && rec[latest] === 'E3') transferred.add(child);
      });
      return {
        OC3: flagWhere(
          rowCount(ctx, 'OC3'),
          (i) =>
            transferred.has(mergeKeyAt(ctx, 'OC3', i)) && anyPresentAt(ctx, 'OC3', CARE_LEAVER_FIELDS, i),
        ),
      };
    },
  }),
];
