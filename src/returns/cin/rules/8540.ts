// A born child (date of birth present) with at least one referral marked "not no further action"
// (ReferralNFA false or 0) must have one or more Disability codes, all of them valid.
import { DISABILITY } from '../lib/codes.ts';
import { col, dates, Flags, groups, ids, isNo } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8540',
    definedIn: 'cin2022_23',
    message: 'Child’s disability is missing or invalid (see Disability table)',
    affectedFields: ['Disability', 'PersonBirthDate', 'ReferralNFA'],
    module: 'ChildCharacteristics',
    ruleType: 'Error',
    validate(ctx) {
      const { ChildIdentifiers: ci, CINdetails: cin, Disabilities: disabilities } = ctx.tables;
      if (!ci || !cin || !disabilities) return undefined;
      // The recorded case (8540/cin2022_23/1) expects nothing flagged, yet the sector's own test of this
      // rule expects child1 (empty Disability) and child3 ("notreal") to fail, as the DfE rule says. The
      // likely cause is a reporting crash: the rule groups its ChildIdentifiers and CINdetails issues
      // under `ROW_ID_x`, while the step that turns issues into locations explodes `ROW_ID`. kith
      // follows the DfE rule, so this one recorded case fails on purpose.
      const furtherAction = new Set<number>();
      const cinChildren = ids(ctx, 'CINdetails', 'child');
      const referralNfa = col(ctx, 'CINdetails', 'ReferralNFA');
      for (let i = 0; i < cin.rows.length; i++) {
        if (isNo(referralNfa[i])) furtherAction.add(cinChildren[i] as number);
      }
      const byChild = groups(ctx, 'Disabilities', 'child');
      const codes = col(ctx, 'Disabilities', 'Disability');
      const births = dates(ctx, 'ChildIdentifiers', 'PersonBirthDate');
      const flags = new Flags();
      ids(ctx, 'ChildIdentifiers', 'child').forEach((k, i) => {
        if (births[i] === null || !furtherAction.has(k)) return;
        const rows = byChild[k];
        // No Disability element at all: the child's record is where the gap shows.
        if (!rows) {
          flags.add('ChildIdentifiers', 'PersonBirthDate', i);
          return;
        }
        for (const d of rows) {
          const code = codes[d] ?? null;
          if (code === null || !DISABILITY.has(code)) flags.add('Disabilities', 'Disability', d);
        }
      });
      return flags.result();
    },
  }),
];
