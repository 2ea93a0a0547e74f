// A CIN episode marked as a referral with no further action must have no child protection plan.
import { col, Flags, groupWhere, ids, isYes } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8832',
    definedIn: 'cin2022_23',
    message: 'Child Protection details provided for a referral with no further action.',
    affectedFields: ['CINdetailsID', 'ReferralNFA'],
    module: 'ChildProtectionPlans',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.ChildProtectionPlans?.rows.length;
      if (n === undefined || !ctx.tables.CINdetails) return undefined;
      const referralNfa = col(ctx, 'CINdetails', 'ReferralNFA');
      const nfa = groupWhere(ids(ctx, 'CINdetails', 'episode'), (i) => isYes(referralNfa[i]));
      const planEpisode = ids(ctx, 'ChildProtectionPlans', 'episode');
      const flags = new Flags();
      // As in the sector's validator, the plan is marked on its LAchildID and the episode on ReferralNFA.
      for (let i = 0; i < n; i++) {
        const episodes = nfa[planEpisode[i]!];
        if (!episodes) continue;
        flags.add('ChildProtectionPlans', 'LAchildID', i);
        for (const e of episodes) flags.add('CINdetails', 'ReferralNFA', e);
      }
      return flags.result();
    },
  }),
];
