import { dates, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8630',
    definedIn: 'cin2022_23',
    message: 'CIN Closure Date is before CIN Referral Date for the same CIN episode',
    affectedFields: ['CINreferralDate', 'CINclosureDate'],
    module: 'CINdetails',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.CINdetails?.rows.length;
      if (n === undefined) return undefined;
      const referred = dates(ctx, 'CINdetails', 'CINreferralDate');
      const closed = dates(ctx, 'CINdetails', 'CINclosureDate');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const r = referred[i];
        const c = closed[i];
        if (r != null && c != null && c < r)
          flags.add('CINdetails', ['CINreferralDate', 'CINclosureDate'], i);
      }
      return flags.result();
    },
  }),
];
