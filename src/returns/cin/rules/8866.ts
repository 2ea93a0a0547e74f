// A referral on or after 1 April 2013 must have a valid source of referral code.
import { REFERRAL_SOURCES } from '../lib/codes.ts';
import { col, dates, Flags } from '../lib/derived.ts';
import { REFERRAL_SOURCE_FROM } from '../lib/rows-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8866',
    definedIn: 'cin2022_23',
    message: 'Source of Referral is missing or an invalid code',
    affectedFields: ['CINreferralDate', 'ReferralSource'],
    module: 'CINdetails',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.CINdetails?.rows.length;
      if (n === undefined) return undefined;
      const referred = dates(ctx, 'CINdetails', 'CINreferralDate');
      const source = col(ctx, 'CINdetails', 'ReferralSource');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const r = referred[i];
        if (r == null || r < REFERRAL_SOURCE_FROM) continue;
        const s = source[i];
        if (s == null || !REFERRAL_SOURCES.has(s.toUpperCase())) {
          flags.add('CINdetails', ['CINreferralDate', 'ReferralSource'], i);
        }
      }
      return flags.result();
    },
  }),
];
