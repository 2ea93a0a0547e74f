// A referral that went on to further action (ReferralNFA false or 0) must have a primary need code.
import { col, Flags, isNo } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8610',
    definedIn: 'cin2022_23',
    message: 'Primary Need code is missing for a referral which led to further action.',
    affectedFields: ['ReferralNFA', 'PrimaryNeedCode'],
    module: 'CINdetails',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.CINdetails?.rows.length;
      if (n === undefined) return undefined;
      const nfa = col(ctx, 'CINdetails', 'ReferralNFA');
      const need = col(ctx, 'CINdetails', 'PrimaryNeedCode');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        if (isNo(nfa[i]) && need[i] === null) flags.add('CINdetails', ['PrimaryNeedCode', 'ReferralNFA'], i);
      }
      return flags.result();
    },
  }),
];
