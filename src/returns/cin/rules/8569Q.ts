// Queries a referral marked "no further action" whose referral date is before the last working day
// before the census year starts (so before 31 March when 1 April is a working day).
import { day, Flags, isYes, str } from '../lib/derived.ts';
import { workingDayBefore } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8569Q',
    definedIn: 'cin2022_23',
    message:
      'A case with referral date before one working day prior to the collection start date must not be ' +
      'flagged as a no further action case',
    affectedFields: ['ReferralNFA'],
    module: 'CINdetails',
    ruleType: 'Query',
    validate({ tables, meta }) {
      const cin = tables.CINdetails;
      if (!cin) return undefined;
      // "One working day prior" to the collection start is the working day before it (never the
      // start itself); a referral made on that day may still be decided in the census year.
      const cutoff = workingDayBefore(meta.collectionStart);
      const flags = new Flags();
      cin.rows.forEach((row, i) => {
        const referral = day(row, 'CINreferralDate');
        // Flagged at CINreferralDate, where the recorded case puts it.
        if (referral !== null && referral < cutoff && isYes(str(row, 'ReferralNFA'))) {
          flags.add('CINdetails', 'CINreferralDate', i);
        }
      });
      return flags.result();
    },
  }),
];
