// A CIN plan must not be recorded in an episode whose referral was marked "no further action".
import { Flags, ids, isYes, str } from '../lib/derived.ts';
import { groupRows } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '4000',
    definedIn: 'cin2022_23',
    message: 'CIN Plan details provided for a referral with no further action',
    affectedFields: ['ReferralNFA'],
    module: 'CINplanDates',
    ruleType: 'Error',
    validate(ctx) {
      const cin = ctx.tables.CINdetails;
      if (!ctx.tables.CINplanDates || !cin) return undefined;
      const nfaRows = cin.rows.map((row) => isYes(str(row, 'ReferralNFA')));
      const nfa = groupRows(ids(ctx, 'CINdetails', 'episode'), (i) => nfaRows[i] === true);
      const flags = new Flags();
      ids(ctx, 'CINplanDates', 'episode').forEach((k, i) => {
        const cinRows = nfa.get(k);
        if (!cinRows) return;
        flags.add('CINplanDates', 'LAchildID', i);
        for (const c of cinRows) flags.add('CINdetails', 'ReferralNFA', c);
      });
      return flags.result();
    },
  }),
];
