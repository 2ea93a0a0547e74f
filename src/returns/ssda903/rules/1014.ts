// A UASC child with no episode open at any time during the collection year should not have both UASC data
// and OC3 care leaver data: both rows are reported.
import { anyPresent, at, CARE_LEAVER_FIELDS, childGroups, dayCol, mergeKey } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1014',
    definedIn: 'lac2022_23',
    message: 'UASC information is not required for care leavers',
    affectedFields: ['ACTIV', 'ACCOM', 'IN_TOUCH', 'DUC'],
    tables: ['Episodes', 'UASC', 'OC3'],
    validate(ctx) {
      const { Episodes: episodes, UASC: uasc, OC3: oc3 } = ctx.tables;
      if (!episodes || !uasc || !oc3) return undefined;
      const { collectionStart: start, collectionEnd: end } = ctx.meta;
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      // Children with episodes, none of them open during the year.
      const notInCare = new Set<string>();
      childGroups(ctx, 'Episodes').forEach((positions, child) => {
        const during = positions.some((p) => {
          const s = at(decom, p);
          const e = at(dec, p);
          return s !== null && s <= end && (e === null || e >= start);
        });
        if (!during) notInCare.add(child);
      });
      const leavers = new Map<string, number[]>();
      oc3.rows.forEach((row, i) => {
        const k = mergeKey(row);
        if (!notInCare.has(k) || !anyPresent(row, CARE_LEAVER_FIELDS)) return;
        const list = leavers.get(k);
        if (list) list.push(i);
        else leavers.set(k, [i]);
      });
      const uascFlags: number[] = [];
      const oc3Flags = new Set<number>();
      uasc.rows.forEach((row, i) => {
        const rows = leavers.get(mergeKey(row));
        if (!rows) return;
        uascFlags.push(i);
        for (const r of rows) oc3Flags.add(r);
      });
      return { UASC: uascFlags, OC3: [...oc3Flags].sort((a, b) => a - b) };
    },
  }),
];
