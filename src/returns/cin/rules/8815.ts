// A child may have at most one open CIN episode (no closure date) that is not a referral with no
// further action; where there are more, each such episode's closure date is flagged.
import { col, dates, Flags, groups, isYes } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8815',
    definedIn: 'cin2022_23',
    message:
      'More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for ' +
      'this child and case is not a referral with no further action.',
    affectedFields: ['ReferralNFA', 'CINclosureDate'],
    module: 'CINdetails',
    ruleType: 'Error',
    validate(ctx) {
      if (!ctx.tables.CINdetails) return undefined;
      const closed = dates(ctx, 'CINdetails', 'CINclosureDate');
      const nfa = col(ctx, 'CINdetails', 'ReferralNFA');
      const flags = new Flags();
      for (const rows of groups(ctx, 'CINdetails', 'child')) {
        if (!rows || rows.length < 2) continue;
        const open = rows.filter((i) => closed[i] == null && !isYes(nfa[i]));
        if (open.length > 1) for (const i of open) flags.add('CINdetails', 'CINclosureDate', i);
      }
      return flags.result();
    },
  }),
];
