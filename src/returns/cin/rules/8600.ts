// A referral date must be present and on or before the reference date (earlier years are fine:
// episodes open at any point in the year are returned).
import { day, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8600',
    definedIn: 'cin2022_23',
    message: 'Child referral date missing or after data collection period',
    affectedFields: ['CINreferralDate'],
    module: 'CINdetails',
    ruleType: 'Error',
    validate({ tables, meta }) {
      const cin = tables.CINdetails;
      if (!cin) return undefined;
      const flags = new Flags();
      cin.rows.forEach((row, i) => {
        const referral = day(row, 'CINreferralDate');
        if (referral === null || referral > meta.collectionEnd) flags.add('CINdetails', 'CINreferralDate', i);
      });
      return flags.result();
    },
  }),
];
