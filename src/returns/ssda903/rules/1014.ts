// A UASC child with no episode open at any time during the collection year should not have both UASC data
// and OC3 care leaver data: both rows are reported.
import { rowCount } from '../lib/frame.ts';
import { anyPresentAt, at, CARE_LEAVER_FIELDS, childGroups, dayCol, mergeKeyAt } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1014',
    definedIn: 'lac2022_23',
    message: 'UASC information is not required for care leavers',
    affectedFields: ['ACTIV', 'ACCOM', 'IN_TOUCH', 'DUC'],
    tables: ['Episodes', 'UASC', 'OC3'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.UASC || !ctx.tables.OC3) return undefined;
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
      const oc3Count = rowCount(ctx, 'OC3');
      for (let i = 0; i < oc3Count; i++) {
        const k = mergeKeyAt(ctx, 'OC3', i);
        if (!notInCare.has(k) || !anyPresentAt(ctx, 'OC3', CARE_LEAVER_FIELDS, i)) continue;
        const list = leavers.get(k);
        if (list) list.push(i);
        else leavers.set(k, [i]);
      }
      const uascFlags: number[] = [];
      const oc3Flags = new Set<number>();
      const uascCount = rowCount(ctx, 'UASC');
      for (let i = 0; i < uascCount; i++) {
        const rows = leavers.get(mergeKeyAt(ctx, 'UASC', i));
        if (!rows) continue;
        uascFlags.push(i);
        for (const r of rows) oc3Flags.add(r);
      }
      return { UASC: uascFlags, OC3: [...oc3Flags].sort((a, b) => a - b) };
    },
  }),
];
