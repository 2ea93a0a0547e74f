// A child whose UPN-unknown reason is UN7 ("referral with no further action") must have no CIN
// episode that went on to further action (ReferralNFA not true or 1).
import { col, Flags, groupWhere, ids, isYes } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8772',
    definedIn: 'cin2022_23',
    message:
      'UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a ' +
      'referral going on to further action',
    affectedFields: ['UPNunknown', 'ReferralNFA'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.ChildIdentifiers?.rows.length;
      if (n === undefined || !ctx.tables.CINdetails) return undefined;
      const nfa = col(ctx, 'CINdetails', 'ReferralNFA');
      const episodeChild = ids(ctx, 'CINdetails', 'child');
      const furtherAction = groupWhere(episodeChild, (i) => !isYes(nfa[i]));
      const child = ids(ctx, 'ChildIdentifiers', 'child');
      const unknown = col(ctx, 'ChildIdentifiers', 'UPNunknown');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        if (unknown[i]?.toUpperCase() !== 'UN7') continue;
        const episodes = furtherAction[child[i]!];
        if (!episodes) continue;
        flags.add('ChildIdentifiers', 'UPNunknown', i);
        for (const e of episodes) flags.add('CINdetails', 'ReferralNFA', e);
      }
      return flags.result();
    },
  }),
];
